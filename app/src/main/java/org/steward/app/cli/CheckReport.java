package org.steward.app.cli;

import java.util.Map;
import java.util.stream.Collectors;
import org.steward.model.policy.PolicyReport;
import org.steward.model.policy.Severity;

/**
 * One run of {@code steward check}: what was checked, what was found, the severity that fails the gate and how long
 * reading the workspace or files took (the report holds the rules' own time).
 */
record CheckReport(String subject, PolicyReport report, Severity failOn, long readMillis) {

    boolean failed() {
        return report.failsAt(failOn);
    }

    /** "2 critical, 5 high, 0 medium, …" without the zero counts, or "none". */
    static String severitySummary(PolicyReport report) {
        String summary = report.countsBySeverity().entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(CheckReport::count).collect(Collectors.joining(", "));
        return summary.isEmpty() ? "none" : summary;
    }

    private static String count(Map.Entry<Severity, Long> entry) {
        return entry.getValue() + " " + entry.getKey().id();
    }
}
