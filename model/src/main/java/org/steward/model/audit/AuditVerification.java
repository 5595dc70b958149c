package org.steward.model.audit;

import java.util.OptionalLong;

/**
 * The result of re-computing the audit chain.
 *
 * @param firstBadSeq the first row whose hash, link or sequence does not hold, if any
 */
public record AuditVerification(long eventsChecked, OptionalLong firstBadSeq, String problem) {

    public boolean intact() {
        return firstBadSeq.isEmpty();
    }
}
