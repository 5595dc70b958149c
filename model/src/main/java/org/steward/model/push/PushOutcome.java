package org.steward.model.push;

/** What became of one change sent to the platform. */
public sealed interface PushOutcome {

    PushState state();

    /** The platform accepted the request. */
    record Applied(String response) implements PushOutcome {
        @Override
        public PushState state() {
            return PushState.APPLIED;
        }
    }

    /** The platform already held the change (an earlier push, a retry after a crash, or someone else). */
    record AlreadyApplied(String evidence) implements PushOutcome {
        @Override
        public PushState state() {
            return PushState.APPLIED;
        }
    }

    /** The platform refused the change or could not be reached; the message says which and why. */
    record Failed(String error) implements PushOutcome {
        @Override
        public PushState state() {
            return PushState.FAILED;
        }
    }

    /** The platform's value changed since the pull; nothing was sent. */
    record Conflicted(Conflict conflict, String detail) implements PushOutcome {
        @Override
        public PushState state() {
            return PushState.CONFLICTED;
        }
    }
}
