package org.steward.model.classification.propagation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules in force, indexed for the walk: by process, and by edge. */
public final class PropagationRules {
    private final List<PropagationRule> all;
    private final Map<Long, List<PropagationRule>> byProcess = new HashMap<>();
    private final Map<Long, List<PropagationRule>> byEdgeStart = new HashMap<>();

    public PropagationRules(List<PropagationRule> rules) {
        this.all = List.copyOf(rules);
        for (PropagationRule rule : all) {
            (rule.kind() == RuleKind.BLOCK_EDGE ? byEdgeStart : byProcess)
                    .computeIfAbsent(rule.entityId(), k -> new ArrayList<>()).add(rule);
        }
    }

    public static PropagationRules none() {
        return new PropagationRules(List.of());
    }

    public List<PropagationRule> all() {
        return all;
    }

    /** The rule that keeps {@code classification} from passing a process, if any; a mark wins over a block. */
    public Optional<PropagationRule> atProcess(long processId, String classification) {
        List<PropagationRule> rules = byProcess.getOrDefault(processId, List.of());
        return rules.stream().filter(rule -> rule.appliesTo(classification))
                .min((a, b) -> Boolean.compare(!a.kind().marksProcess(), !b.kind().marksProcess()));
    }

    /** The process mark (anonymising or aggregating) of a process, if any. */
    public Optional<RuleKind> mark(long processId) {
        return byProcess.getOrDefault(processId, List.of()).stream().map(PropagationRule::kind)
                .filter(RuleKind::marksProcess).findFirst();
    }

    public boolean blocksEdge(long fromId, long toId, String classification) {
        for (PropagationRule rule : byEdgeStart.getOrDefault(fromId, List.of())) {
            if (rule.toId() == toId && rule.appliesTo(classification)) {
                return true;
            }
        }
        return false;
    }
}
