package org.steward.model.push;

/** Where one approved change stands in its push to the platform. */
public enum PushState {
    /** Waiting to be sent. */
    QUEUED,
    /** Recorded durably just before its request went out; after a crash the remote state decides what happened. */
    IN_FLIGHT,
    /** The platform holds the change (sent by this push, an earlier one, or already there). */
    APPLIED,
    /** The platform refused it or kept failing; pushed again next time. */
    FAILED,
    /** The platform's value changed since the pull; waits for the user to rebase or drop it. */
    CONFLICTED,
    /** Given up by the user (or replaced by a rebased change). */
    DROPPED;

    /** Whether a push leaves it alone. */
    public boolean isSettled() {
        return this == APPLIED || this == DROPPED || this == CONFLICTED;
    }

    /** Whether its change set can count it as done. */
    public boolean isDone() {
        return this == APPLIED || this == DROPPED;
    }
}
