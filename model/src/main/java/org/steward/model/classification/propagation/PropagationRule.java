package org.steward.model.classification.propagation;

import java.util.Objects;

/**
 * One stored rule: a blocked process or edge, or a process that anonymises or aggregates.
 *
 * @param toId           the edge's downstream end for {@link RuleKind#BLOCK_EDGE}, otherwise {@code null}
 * @param classification the classification it applies to, or empty for every classification
 */
public record PropagationRule(long id, RuleKind kind, long entityId, Long toId, String classification, String note) {

    public PropagationRule {
        Objects.requireNonNull(kind);
        classification = classification == null ? "" : classification;
        note = note == null ? "" : note;
        if ((kind == RuleKind.BLOCK_EDGE) != (toId != null)) {
            throw new IllegalArgumentException("an edge block needs both ends; other rules name one process");
        }
    }

    public static PropagationRule process(RuleKind kind, long processId) {
        return new PropagationRule(0, kind, processId, null, "", "");
    }

    public static PropagationRule edge(long fromId, long toId) {
        return new PropagationRule(0, RuleKind.BLOCK_EDGE, fromId, toId, "", "");
    }

    public boolean appliesTo(String label) {
        return classification.isEmpty() || classification.equals(label);
    }
}
