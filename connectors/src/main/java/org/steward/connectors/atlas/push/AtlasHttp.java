package org.steward.connectors.atlas.push;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.steward.model.push.CircuitBreaker;
import org.steward.model.push.PushException;
import org.steward.model.push.RetryPolicy;

/**
 * Requests to one Atlas server with retries (429 honouring Retry-After, 5xx, timeouts and broken connections; with
 * exponential backoff and jitter) behind a circuit breaker. Answers the server gave on purpose (2xx, other 4xx)
 * come back to the caller; a request that kept failing throws {@link PushException}.
 */
final class AtlasHttp {

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final URI base;
    private final String authorization;
    private final HttpClient client;
    private final Duration requestTimeout;
    private final RetryPolicy policy;
    private final CircuitBreaker breaker;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final AtomicLong requests = new AtomicLong();

    AtlasHttp(URI base, String authorization, HttpClient client, Duration requestTimeout, RetryPolicy policy,
              CircuitBreaker breaker, Sleeper sleeper, RandomGenerator random) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.authorization = authorization;
        this.client = client;
        this.requestTimeout = requestTimeout;
        this.policy = policy;
        this.breaker = breaker;
        this.sleeper = sleeper;
        this.random = random;
    }

    String endpoint() {
        return base.toString();
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    long requestCount() {
        return requests.get();
    }

    AtlasResponse get(String path) {
        return send("GET", path, null);
    }

    AtlasResponse send(String method, String path, String json) {
        String failure = "";
        for (int attempt = 1; ; attempt++) {
            if (!breaker.tryAcquire()) {
                throw new PushException("Atlas at " + base + " keeps failing, so Steward paused its calls (circuit"
                        + " breaker open" + (failure.isEmpty() ? "" : "; last: " + failure) + ")", true, null);
            }
            Optional<Duration> retryAfter = Optional.empty();
            try {
                requests.incrementAndGet();
                HttpResponse<String> response = client.send(request(method, path, json),
                        HttpResponse.BodyHandlers.ofString());
                AtlasResponse answer = AtlasResponse.of(response.statusCode(), response.body());
                if (response.statusCode() == 429) {
                    breaker.onSuccess();
                    retryAfter = retryAfter(response.headers().firstValue("Retry-After"));
                    failure = "429 too many requests" + retryAfter.map(d -> ", retry after " + d.toMillis() + " ms")
                            .orElse("");
                } else if (response.statusCode() >= 500) {
                    failure = answer.describe();
                    breaker.onFailure(failure);
                } else {
                    breaker.onSuccess();
                    return answer;
                }
            } catch (HttpTimeoutException e) {
                failure = "no answer within " + requestTimeout.toMillis() + " ms";
                breaker.onFailure(failure);
            } catch (IOException e) {
                failure = "connection failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                breaker.onFailure(failure);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PushException("The push was interrupted while waiting for Atlas at " + base + ".");
            }
            if (attempt >= policy.maxAttempts()) {
                boolean open = breaker.state() != org.steward.model.push.BreakerState.CLOSED;
                throw new PushException(method + " " + path + " at Atlas " + base + " failed " + attempt
                        + " times; last: " + failure + (open ? " (circuit breaker open)" : ""), open, null);
            }
            try {
                sleeper.sleep(policy.delay(attempt, retryAfter, random));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PushException("The push was interrupted while waiting to retry Atlas at " + base + ".");
            }
        }
    }

    private HttpRequest request(String method, String path, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(requestTimeout)
                .header("Accept", "application/json");
        if (authorization != null && !authorization.isEmpty()) {
            builder.header("Authorization", authorization);
        }
        if (json == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json");
            builder.method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return builder.build();
    }

    static Optional<Duration> retryAfter(Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.empty();
        }
        String value = header.get().trim();
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration left = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(left.isNegative() ? Duration.ZERO : left);
            } catch (DateTimeParseException unparsable) {
                return Optional.empty();
            }
        }
    }
}
