package org.steward.model.push;

/** A circuit breaker's position. */
public enum BreakerState {
    /** Calls go through. */
    CLOSED,
    /** Too many failures in a row: calls fail at once until the cool-down ends. */
    OPEN,
    /** Cool-down over: one probe call decides whether to close or open again. */
    HALF_OPEN
}
