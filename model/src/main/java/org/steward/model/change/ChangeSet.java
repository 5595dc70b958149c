package org.steward.model.change;

import java.time.Instant;

/** A batch of proposed changes by one author, reviewed as a whole. */
public record ChangeSet(long id, String title, String author, ChangeSetStatus status, Instant createdAt) {
}
