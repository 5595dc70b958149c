package org.steward.model.push;

/** Hears a push as it goes; called on the pushing thread. */
public interface PushListener {

    PushListener NONE = new PushListener() {
    };

    default void changed(long changeId, PushState state, String detail) {
    }

    default void breaker(BreakerState state, String reason) {
    }

    default void progress(int settled, int total) {
    }
}
