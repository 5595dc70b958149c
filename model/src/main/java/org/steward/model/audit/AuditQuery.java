package org.steward.model.audit;

import java.time.Instant;

/**
 * A filter over the audit log; null fields do not filter.
 *
 * @param actor   exactly this user
 * @param subject subjects containing this text (an entity's qualified name, "change set 12", …), ignoring case
 * @param kind    actions starting with this text, e.g. "changeset" or "changeset.approved"
 * @param since   events at or after this instant
 * @param until   events before this instant
 */
public record AuditQuery(String actor, String subject, String kind, Instant since, Instant until) {
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

    public AuditQuery {
        actor = blankToNull(actor);
        subject = blankToNull(subject);
        kind = blankToNull(kind);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
