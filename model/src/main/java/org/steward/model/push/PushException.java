package org.steward.model.push;

/** A push request that failed for good (retries used up, or the circuit breaker is open). */
public class PushException extends RuntimeException {
    private final boolean breakerOpen;

    public PushException(String message, boolean breakerOpen, Throwable cause) {
        super(message, cause);
        this.breakerOpen = breakerOpen;
    }

    public PushException(String message) {
        this(message, false, null);
    }

    /** Whether the request was not even sent because the breaker was open. */
    public boolean breakerOpen() {
        return breakerOpen;
    }
}
