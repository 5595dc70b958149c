package org.steward.model.classification.propagation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes where direct labels propagate, with Apache Atlas' semantics: only labels whose propagate flag is set,
 * downstream along lineage, not past blocked processes or edges; beyond Atlas, anonymising and aggregating processes
 * stop a label (recorded with the reason), and a label reaching an entity from several origins is one label with
 * all its origins. Each origin's walk remembers what it visited, so cycles in bad input end.
 */
public final class ClassificationPropagation {
    private final PropagationGraph graph;
    private final PropagationRules rules;

    public ClassificationPropagation(PropagationGraph graph, PropagationRules rules) {
        this.graph = graph;
        this.rules = rules;
    }

    public PropagatedSet compute(List<DirectLabel> labels) {
        Map<Long, Set<String>> direct = new HashMap<>();
        for (DirectLabel label : labels) {
            direct.computeIfAbsent(label.entityId(), k -> new HashSet<>()).add(label.classification());
        }
        PropagatedSet.Collector out = new PropagatedSet.Collector();
        for (DirectLabel label : labels) {
            if (label.propagate() && graph.contains(label.entityId())) {
                walk(label, direct, out);
            }
        }
        return out.build();
    }

    private void walk(DirectLabel label, Map<Long, Set<String>> direct, PropagatedSet.Collector out) {
        String classification = label.classification();
        long origin = label.entityId();
        Set<Long> seen = new LinkedHashSet<>();
        seen.add(origin);
        Deque<Long> queue = new ArrayDeque<>();
        queue.add(origin);
        while (!queue.isEmpty()) {
            long current = queue.poll();
            for (PropagationGraph.Hop hop : graph.hops(current)) {
                if (seen.contains(hop.to()) || stopped(hop, label, out)) {
                    continue;
                }
                seen.add(hop.to());
                if (!direct.getOrDefault(hop.to(), Set.of()).contains(classification)) {
                    out.label(hop.to(), classification, origin);
                }
                queue.add(hop.to());
            }
        }
    }

    private boolean stopped(PropagationGraph.Hop hop, DirectLabel label, PropagatedSet.Collector out) {
        String classification = label.classification();
        if (hop.via() != 0) {
            var rule = rules.atProcess(hop.via(), classification);
            if (rule.isPresent()) {
                out.stop(new PropagationStop(label.entityId(), classification, hop.via(), hop.to(), rule.get().kind()));
                return true;
            }
        }
        if (rules.blocksEdge(hop.edgeFrom(), hop.edgeTo(), classification)
                || hop.secondFrom() != 0 && rules.blocksEdge(hop.secondFrom(), hop.secondTo(), classification)
                || hop.edgeFrom() != hop.from() && rules.blocksEdge(hop.from(), hop.to(), classification)) {
            out.stop(new PropagationStop(label.entityId(), classification, hop.from(), hop.to(), RuleKind.BLOCK_EDGE));
            return true;
        }
        return false;
    }
}
