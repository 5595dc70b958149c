package org.steward.model.change;

import java.time.Instant;

/** A change as recorded in a change set. */
public record ProposedChange(long id, long changeSetId, Change change, String author, ChangeState state,
                             Instant createdAt) {
}
