package org.steward.model.push;

import java.time.Instant;
import java.util.Optional;
import org.steward.model.change.Change;

/** One change's push state as stored. */
public record PushRecord(long changeId, long changeSetId, Change change, String endpoint, PushState state,
                         int attempts, String lastError, String remoteResponse, Optional<Conflict> conflict,
                         Instant updatedAt) {
}
