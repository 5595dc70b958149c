package org.steward.model.audit;

import java.util.Objects;

/**
 * What an audit event records before the log stamps it with time, sequence and hash: who did what to which
 * subject, the state before and after (when there is one) and the outcome ("ok", or "refused: why").
 */
public record AuditEntry(String actor, String action, String subject, String detail, String before, String after,
                         String outcome) {
    public static final String OK = "ok";

    public AuditEntry {
        Objects.requireNonNull(actor);
        Objects.requireNonNull(action);
        Objects.requireNonNull(subject);
        detail = detail == null ? "" : detail;
    }

    public static AuditEntry of(String actor, String action, String subject, String detail) {
        return new AuditEntry(actor, action, subject, detail, null, null, OK);
    }

    public AuditEntry withStates(String beforeState, String afterState) {
        return new AuditEntry(actor, action, subject, detail, beforeState, afterState, outcome);
    }

    public static AuditEntry refused(String actor, String action, String subject, String reason) {
        return new AuditEntry(actor, action, subject, reason, null, null, "refused");
    }
}
