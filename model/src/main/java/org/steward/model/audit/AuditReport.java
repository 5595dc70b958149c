package org.steward.model.audit;

import java.time.Instant;
import java.util.List;

/**
 * What an audit export holds: the events that matched a filter (oldest first), the result of verifying the whole
 * chain when the report was made, and who made it when.
 */
public record AuditReport(String workspace, AuditQuery filter, List<AuditEvent> events,
                          AuditVerification verification, Instant generatedAt, String generatedBy) {

    public AuditReport {
        events = List.copyOf(events);
    }

    /** One line describing the filter, e.g. "user ana, kind changeset, since 2025-01-01T00:00:00Z". */
    public String filterText() {
        StringBuilder text = new StringBuilder();
        append(text, "user", filter.actor());
        append(text, "subject containing", filter.subject());
        append(text, "kind", filter.kind());
        append(text, "since", filter.since() == null ? null : filter.since().toString());
        append(text, "until", filter.until() == null ? null : filter.until().toString());
        return text.length() == 0 ? "all events" : text.toString();
    }

    /** "intact: 120 events checked" or "TAMPERED at event 7: …". */
    public String verificationText() {
        return verification.intact() ? "intact: " + verification.eventsChecked() + " events checked"
                : "TAMPERED at event " + verification.firstBadSeq().getAsLong() + ": " + verification.problem();
    }

    private static void append(StringBuilder text, String label, String value) {
        if (value != null) {
            text.append(text.length() == 0 ? "" : ", ").append(label).append(' ').append(value);
        }
    }
}
