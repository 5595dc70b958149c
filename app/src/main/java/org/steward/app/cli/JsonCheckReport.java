package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.model.policy.PolicyReport;
import org.steward.model.policy.PolicyRule;
import org.steward.model.policy.Violation;

/** The machine-readable report: summary, rules with their counts, violations. */
final class JsonCheckReport {

    void write(CheckReport check, PrintWriter out) {
        PolicyReport report = check.report();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("subject", check.subject());
        document.put("entitiesChecked", report.entitiesChecked());
        document.put("readMillis", check.readMillis());
        document.put("checkMillis", report.millis());
        document.put("failOn", check.failOn().id());
        document.put("failed", check.failed());
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        report.countsBySeverity().forEach((severity, count) -> bySeverity.put(severity.id(), count));
        document.put("violationsBySeverity", bySeverity);
        Map<String, Long> counts = report.countsByRule();
        document.put("rules", report.rules().stream().map(rule -> rule(rule, counts.get(rule.id()))).toList());
        document.put("violations", report.violations().stream().map(JsonCheckReport::violation).toList());
        out.println(Json.write(document));
        out.flush();
    }

    private static Map<String, Object> rule(PolicyRule rule, long count) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", rule.id());
        value.put("title", rule.title());
        value.put("check", rule.check().kind());
        value.put("severity", rule.severity().id());
        value.put("rationale", rule.rationale());
        value.put("regulations", rule.regulations());
        value.put("origin", rule.origin());
        value.put("violations", count);
        return value;
    }

    private static Map<String, Object> violation(Violation violation) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("rule", violation.ruleId());
        value.put("severity", violation.severity().id());
        value.put("qualifiedName", violation.qualifiedName());
        value.put("name", violation.entityName());
        value.put("source", violation.source());
        value.put("owner", violation.owner());
        value.put("message", violation.message());
        value.put("evidence", List.copyOf(violation.evidence()));
        value.put("fix", violation.fix().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return value;
    }
}
