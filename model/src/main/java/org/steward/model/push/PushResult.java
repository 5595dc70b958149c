package org.steward.model.push;

import java.util.Map;
import java.util.Optional;
import org.steward.model.change.ChangeSetStatus;

/**
 * How a push of one change set ended: the set's new status (empty when cancelled before the end), the count of
 * changes per push state, and the HTTP requests it took.
 */
public record PushResult(long changeSetId, Optional<ChangeSetStatus> status, Map<PushState, Integer> counts,
                         long requests, boolean cancelled) {

    public PushResult {
        counts = Map.copyOf(counts);
    }

    public int count(PushState state) {
        return counts.getOrDefault(state, 0);
    }

    /** Whether every change reached the platform (or was dropped by the user). */
    public boolean complete() {
        return status.filter(s -> s == ChangeSetStatus.PUSHED).isPresent();
    }
}
