package org.steward.model.push;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How often and how long to wait before retrying a failed call: exponential backoff with jitter (half the step
 * fixed, half random), or the server's Retry-After when it sent one (capped, so a bad header cannot stall a push).
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

    public static RetryPolicy standard() {
        return new RetryPolicy(5, Duration.ofMillis(250), Duration.ofSeconds(8), Duration.ofSeconds(60));
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} (1-based) failed. */
    public Duration delay(int attempt, Optional<Duration> retryAfter, RandomGenerator random) {
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get();
            return asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked.isNegative() ? Duration.ZERO : asked;
        }
        long step = baseDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(step, maxDelay.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
