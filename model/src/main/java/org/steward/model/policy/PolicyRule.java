package org.steward.model.policy;

import java.util.List;
import java.util.Objects;

/**
 * One rule of a rule book: what it checks, how severe a breach is, why it exists and which regulations it serves.
 *
 * @param origin where the rule was read from (the standard rules, a file, a workspace rule set)
 */
public record PolicyRule(String id, String title, Severity severity, String rationale, List<String> regulations,
                         RuleCheck check, String origin) {

    public PolicyRule {
        Objects.requireNonNull(id);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(check);
        title = title == null ? id : title;
        rationale = rationale == null ? "" : rationale;
        regulations = regulations == null ? List.of() : List.copyOf(regulations);
        origin = origin == null ? "" : origin;
    }
}
