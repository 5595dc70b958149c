package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.steward.model.policy.PolicyReport;
import org.steward.model.policy.PolicyRule;
import org.steward.model.policy.Violation;

/** The human-readable report: counts by rule, then each violation with its evidence, most severe first. */
final class TextCheckReport {
    private static final int EVIDENCE_LINES = 5;

    void write(CheckReport check, PrintWriter out) {
        PolicyReport report = check.report();
        out.printf("Policy check of %s%n", check.subject());
        out.printf("%,d entities, %d rules; read in %,d ms, checked in %,d ms%n%n", report.entitiesChecked(),
                report.rules().size(), check.readMillis(), report.millis());
        Map<String, Long> counts = report.countsByRule();
        out.printf("%-9s %7s  %s%n", "SEVERITY", "COUNT", "RULE");
        for (PolicyRule rule : report.rules()) {
            out.printf("%-9s %,7d  %s — %s%n", rule.severity().id(), counts.get(rule.id()), rule.id(), rule.title());
        }
        out.println();
        for (Violation violation : report.violations()) {
            out.printf("%s [%s] %s%n", violation.severity().id().toUpperCase(Locale.ROOT), violation.ruleId(),
                    violation.qualifiedName());
            out.printf("    %s%n", violation.message());
            List<String> evidence = violation.evidence();
            evidence.stream().limit(EVIDENCE_LINES).forEach(line -> out.printf("    · %s%n", line));
            if (evidence.size() > EVIDENCE_LINES) {
                out.printf("    · … %d more%n", evidence.size() - EVIDENCE_LINES);
            }
            out.printf("    fix: %s%s%n", violation.fix().label(),
                    violation.owner().isBlank() ? "" : " (owner " + violation.owner() + ")");
        }
        out.printf("%n%,d violations: %s. Fails at %s and above: %s.%n", report.violations().size(),
                CheckReport.severitySummary(report), check.failOn().id(), check.failed() ? "FAILED" : "passed");
        out.flush();
    }
}
