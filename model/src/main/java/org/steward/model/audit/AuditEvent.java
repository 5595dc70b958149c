package org.steward.model.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of the audit log. {@code hash} = SHA-256(previous hash + canonical JSON of the other fields).
 * {@code before}, {@code after} and {@code outcome} are null on rows written before they existed.
 */
public record AuditEvent(long seq, Instant at, String actor, String action, String subject, String detail,
                         String before, String after, String outcome, String previousHash, String hash) {

    public Optional<String> beforeValue() {
        return Optional.ofNullable(before);
    }

    public Optional<String> afterValue() {
        return Optional.ofNullable(after);
    }

    /** "ok" for rows written before outcomes were recorded: only completed steps were logged then. */
    public String outcomeText() {
        return outcome == null ? AuditEntry.OK : outcome;
    }
}
