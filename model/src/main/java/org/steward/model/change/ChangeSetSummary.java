package org.steward.model.change;

import java.time.Instant;

/**
 * A change set as the review list shows it.
 *
 * @param pendingChanges how many of its changes are pending (not withdrawn)
 * @param reviewedBy     who approved or rejected it last, or null
 * @param statusReason   the reason given with the last approval, rejection or push result, or null
 */
public record ChangeSetSummary(ChangeSet set, Instant updatedAt, int pendingChanges, String reviewedBy,
                               String statusReason) {

    public long id() {
        return set.id();
    }

    public ChangeSetStatus status() {
        return set.status();
    }

    public String author() {
        return set.author();
    }
}
