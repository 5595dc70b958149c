package org.steward.views.changes;

import java.util.List;
import org.steward.model.audit.AuditReportWriter;

/**
 * What the app wires into the review areas: the audit report writers (CSV, PDF; they live in connectors) and
 * actions other features add to change sets (push).
 */
public record ReviewServices(List<AuditReportWriter> auditWriters, List<ChangeSetAction> changeSetActions) {
    public static final ReviewServices NONE = new ReviewServices(List.of(), List.of());

    public ReviewServices {
        auditWriters = List.copyOf(auditWriters);
        changeSetActions = List.copyOf(changeSetActions);
    }
}
