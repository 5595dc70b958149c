package org.steward.views.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageNode;
import org.steward.model.lineage.LineageSubgraph;

/**
 * What the view shows: the requested subgraph plus the neighbourhoods of expanded nodes, minus whatever lies beyond
 * a collapsed node (reachable from the focus only through it).
 */
final class SubgraphView {

    private SubgraphView() {
    }

    static LineageSubgraph shown(LineageSubgraph base, Collection<LineageSubgraph> expansions, Set<Long> collapsed) {
        Map<Long, LineageNode> nodes = new LinkedHashMap<>();
        Set<LineageEdge> edges = new LinkedHashSet<>();
        Map<Long, Integer> distance = new HashMap<>(base.distance());
        base.nodes().forEach(node -> nodes.put(node.id(), node));
        edges.addAll(base.edges());
        for (LineageSubgraph expansion : expansions) {
            expansion.nodes().forEach(node -> nodes.putIfAbsent(node.id(), node));
            edges.addAll(expansion.edges());
            expansion.distance().forEach((id, d) -> distance.putIfAbsent(id, d));
        }
        edges.removeIf(edge -> !nodes.containsKey(edge.fromId()) || !nodes.containsKey(edge.toId()));
        Set<Long> visible = collapsed.isEmpty() ? nodes.keySet() : reachable(base.request().focusId(), nodes.keySet(),
                edges, collapsed);
        List<LineageNode> keptNodes = new ArrayList<>();
        for (LineageNode node : nodes.values()) {
            if (visible.contains(node.id()) || node.parentId() != null && visible.contains(node.parentId())) {
                keptNodes.add(node);
            }
        }
        Set<Long> kept = new LinkedHashSet<>();
        keptNodes.forEach(node -> kept.add(node.id()));
        List<LineageEdge> keptEdges = edges.stream()
                .filter(edge -> kept.contains(edge.fromId()) && kept.contains(edge.toId())).toList();
        distance.keySet().retainAll(kept);
        return new LineageSubgraph(base.request(), keptNodes, keptEdges, distance, base.truncated());
    }

    private static Set<Long> reachable(long focus, Set<Long> nodes, Set<LineageEdge> edges, Set<Long> collapsed) {
        Map<Long, List<Long>> neighbours = new HashMap<>();
        for (LineageEdge edge : edges) {
            neighbours.computeIfAbsent(edge.fromId(), id -> new ArrayList<>()).add(edge.toId());
            neighbours.computeIfAbsent(edge.toId(), id -> new ArrayList<>()).add(edge.fromId());
        }
        Set<Long> seen = new LinkedHashSet<>();
        Deque<Long> queue = new ArrayDeque<>();
        if (nodes.contains(focus)) {
            seen.add(focus);
            queue.add(focus);
        }
        while (!queue.isEmpty()) {
            long at = queue.poll();
            if (collapsed.contains(at) && at != focus) {
                continue;
            }
            for (long next : neighbours.getOrDefault(at, List.of())) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        if (collapsed.contains(focus)) {
            seen.retainAll(Set.of(focus));
        }
        return seen;
    }
}
