package org.steward.model.change;

import java.time.Instant;

/** One entry of a change set's review thread: a comment or a status step with its reason. */
public record ReviewNote(long id, long changeSetId, String author, Kind kind, String body, Instant at) {

    public enum Kind {
        COMMENT, SUBMITTED, APPROVED, REJECTED, REOPENED, PUSHED, PARTLY_FAILED
    }
}
