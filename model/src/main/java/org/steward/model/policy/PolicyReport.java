package org.steward.model.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What one evaluation found: the violations (most severe first), the rules it ran and how long it took. */
public record PolicyReport(List<PolicyRule> rules, List<Violation> violations, int entitiesChecked, long millis) {

    public PolicyReport {
        rules = List.copyOf(rules);
        violations = List.copyOf(violations);
    }

    /** Violations per rule id, in rule order, including rules with none. */
    public Map<String, Long> countsByRule() {
        Map<String, Long> counts = new LinkedHashMap<>();
        rules.forEach(rule -> counts.put(rule.id(), 0L));
        violations.forEach(violation -> counts.merge(violation.ruleId(), 1L, Long::sum));
        return counts;
    }

    public Map<Severity, Long> countsBySeverity() {
        Map<Severity, Long> counts = new LinkedHashMap<>();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            counts.put(Severity.values()[i], 0L);
        }
        violations.forEach(violation -> counts.merge(violation.severity(), 1L, Long::sum));
        return counts;
    }

    public Optional<Severity> worst() {
        return violations.stream().map(Violation::severity).max(Enum::compareTo);
    }

    public boolean failsAt(Severity threshold) {
        return violations.stream().anyMatch(violation -> violation.severity().atLeast(threshold));
    }

    public List<Violation> of(String ruleId) {
        return violations.stream().filter(violation -> violation.ruleId().equals(ruleId)).toList();
    }
}
