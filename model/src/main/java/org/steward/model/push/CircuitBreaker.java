package org.steward.model.push;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * Stops calling a failing server: opens after {@code threshold} consecutive failures, fails calls at once for
 * {@code coolDown}, then lets one probe through (half-open); the probe's success closes it, its failure opens it
 * again. Thread-safe.
 */
public final class CircuitBreaker {

    /** Hears every change of position, with a sentence saying why. */
    public interface Listener {
        void changed(BreakerState state, String reason);
    }

    private final int threshold;
    private final Duration coolDown;
    private final LongSupplier nanoClock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private BreakerState state = BreakerState.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean probing;
    private int trips;

    public CircuitBreaker(int threshold, Duration coolDown, LongSupplier nanoClock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("a breaker needs a threshold of at least 1");
        }
        this.threshold = threshold;
        this.coolDown = coolDown;
        this.nanoClock = nanoClock;
    }

    public CircuitBreaker(int threshold, Duration coolDown) {
        this(threshold, coolDown, System::nanoTime);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public Duration coolDown() {
        return coolDown;
    }

    /** How often it opened since it was made. */
    public synchronized int trips() {
        return trips;
    }

    public synchronized BreakerState state() {
        if (state == BreakerState.OPEN && coolDownOver()) {
            return BreakerState.HALF_OPEN;
        }
        return state;
    }

    /** Time left before a probe may go out; zero when calls may go now. */
    public synchronized Duration waitBeforeCall() {
        if (state != BreakerState.OPEN) {
            return Duration.ZERO;
        }
        long left = openedAt + coolDown.toNanos() - nanoClock.getAsLong();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    /** Whether a call may go out now; in half-open only one probe at a time. */
    public boolean tryAcquire() {
        String announce = null;
        synchronized (this) {
            if (state == BreakerState.CLOSED) {
                return true;
            }
            if (state == BreakerState.OPEN) {
                if (!coolDownOver()) {
                    return false;
                }
                state = BreakerState.HALF_OPEN;
                announce = "cool-down of " + coolDown.toMillis() + " ms over: sending one probe request";
            }
            if (probing) {
                return false;
            }
            probing = true;
        }
        if (announce != null) {
            fire(BreakerState.HALF_OPEN, announce);
        }
        return true;
    }

    public void onSuccess() {
        boolean closed;
        synchronized (this) {
            consecutiveFailures = 0;
            probing = false;
            closed = state != BreakerState.CLOSED;
            state = BreakerState.CLOSED;
        }
        if (closed) {
            fire(BreakerState.CLOSED, "the server answers again");
        }
    }

    public void onFailure(String reason) {
        boolean opened = false;
        synchronized (this) {
            consecutiveFailures++;
            boolean probeFailed = state == BreakerState.HALF_OPEN;
            probing = false;
            if (probeFailed || (state == BreakerState.CLOSED && consecutiveFailures >= threshold)) {
                state = BreakerState.OPEN;
                openedAt = nanoClock.getAsLong();
                trips++;
                opened = true;
            }
        }
        if (opened) {
            fire(BreakerState.OPEN, consecutiveFailuresText() + "; pausing calls for " + coolDown.toMillis()
                    + " ms (last: " + reason + ")");
        }
    }

    private synchronized String consecutiveFailuresText() {
        return consecutiveFailures + " failed calls in a row";
    }

    private boolean coolDownOver() {
        return nanoClock.getAsLong() - openedAt >= coolDown.toNanos();
    }

    private void fire(BreakerState newState, String reason) {
        listeners.forEach(listener -> listener.changed(newState, reason));
    }
}
