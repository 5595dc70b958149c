package org.steward.model.policy;

import java.util.List;

/**
 * One breach of one rule by one entity.
 *
 * @param entityId   the offending entity, {@code 0} when it is not in a workspace
 * @param evidence   the facts the finding rests on, one per line (columns, labels, attribute values, paths)
 */
public record Violation(String ruleId, String ruleTitle, Severity severity, long entityId, String qualifiedName,
                        String entityName, String source, String owner, String message, List<String> evidence,
                        FixKind fix) {

    public Violation {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        owner = owner == null ? "" : owner;
        source = source == null ? "" : source;
    }
}
