package org.steward.model.audit;

import java.time.Instant;

/** One row of the audit log. {@code hash} = SHA-256(previous hash + canonical JSON of the other fields). */
public record AuditEvent(long seq, Instant at, String actor, String action, String subject, String detail,
                         String previousHash, String hash) {
}
