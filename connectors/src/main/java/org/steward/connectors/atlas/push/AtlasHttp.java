package org.steward.connectors.atlas.push;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.steward.connectors.atlas.client.AtlasException;
import org.steward.connectors.atlas.client.AtlasFailure;
import org.steward.connectors.atlas.client.AtlasResponse;
import org.steward.connectors.atlas.client.AtlasSession;
import org.steward.model.push.BreakerState;
import org.steward.model.push.CircuitBreaker;
import org.steward.model.push.PushException;
import org.steward.model.push.RetryPolicy;
import org.steward.model.task.ProgressMonitor;

/**
 * Requests to one Atlas server over an {@link AtlasSession} (its endpoint, credentials, TLS and timeouts), with
 * retries on transient failures (429 honouring Retry-After, 5xx, timeouts, dropped connections; exponential
 * backoff with jitter) behind a circuit breaker. Answers the server gave on purpose (2xx, other 4xx) come back to
 * the caller; a request that kept failing, or one the open breaker held back, throws {@link PushException}.
 */
final class AtlasHttp {

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final AtlasSession session;
    private final RetryPolicy policy;
    private final CircuitBreaker breaker;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final AtomicLong requests = new AtomicLong();

    AtlasHttp(AtlasSession session, RetryPolicy policy, CircuitBreaker breaker, Sleeper sleeper,
              RandomGenerator random) {
        this.session = session;
        this.policy = policy;
        this.breaker = breaker;
        this.sleeper = sleeper;
        this.random = random;
    }

    String endpoint() {
        return session.endpoint().label();
    }

    String endpointName() {
        return session.endpoint().name();
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    long requestCount() {
        return requests.get();
    }

    PushResponse get(String path) {
        return send("GET", path, null);
    }

    PushResponse send(String method, String path, String json) {
        String failure = "";
        byte[] body = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
        for (int attempt = 1; ; attempt++) {
            if (!breaker.tryAcquire()) {
                throw new PushException(endpoint() + " keeps failing, so Steward paused its calls (circuit breaker"
                        + " open" + (failure.isEmpty() ? "" : "; last: " + failure) + ")", true, null);
            }
            Optional<Duration> retryAfter = Optional.empty();
            try {
                requests.incrementAndGet();
                AtlasResponse response = session.send(method, path, body, ProgressMonitor.NONE);
                breaker.onSuccess();
                return PushResponse.ok(response.status(), response.body());
            } catch (AtlasException e) {
                if (e.failure() == AtlasFailure.RATE_LIMITED) {
                    breaker.onSuccess();
                    retryAfter = e.retryAfter();
                    failure = e.getMessage();
                } else if (e.failure().transientFailure()) {
                    failure = e.getMessage();
                    breaker.onFailure(failure);
                } else {
                    breaker.onSuccess();
                    return PushResponse.refused(e.status(), e.errorCode(), e.getMessage());
                }
            }
            if (attempt >= policy.maxAttempts()) {
                boolean open = breaker.state() != BreakerState.CLOSED;
                throw new PushException("gave up after " + attempt + " attempts: " + failure
                        + (open ? " (circuit breaker open)" : ""), open, null);
            }
            try {
                sleeper.sleep(policy.delay(attempt, retryAfter, random));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PushException("The push was interrupted while waiting to retry " + endpoint() + ".");
            }
        }
    }
}
