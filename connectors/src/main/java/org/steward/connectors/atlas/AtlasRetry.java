package org.steward.connectors.atlas;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.connectors.atlas.client.AtlasException;
import org.steward.connectors.atlas.client.AtlasFailure;
import org.steward.model.task.ProgressMonitor;

/**
 * How a pull retries: a 429 after its Retry-After (up to {@link #MAX_WAIT}), a 5xx or a dropped connection after an
 * exponential back-off with jitter, at most {@code attempts} times in all. A read timeout is not retried: the
 * server already had the whole timeout to answer. Waiting honours cancel.
 */
record AtlasRetry(int attempts, Duration firstBackoff) {
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(AtlasRetry.class);

    static AtlasRetry standard() {
        return new AtlasRetry(4, Duration.ofMillis(500));
    }

    <T> T run(Supplier<T> call, ProgressMonitor monitor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (AtlasException e) {
                if (!retryable(e) || attempt >= attempts) {
                    throw e;
                }
                Duration wait = e.retryAfter().orElse(backoff(attempt));
                if (wait.compareTo(MAX_WAIT) > 0) {
                    throw e;
                }
                LOG.info("Retrying after {} ms (attempt {} of {}): {}", wait.toMillis(), attempt + 1, attempts,
                        e.getMessage());
                monitor.progress(-1, -1, "Atlas busy (" + e.failure().description() + "), retrying in "
                        + Math.max(1, wait.toSeconds()) + " s");
                sleep(wait, monitor);
            }
        }
    }

    private static boolean retryable(AtlasException e) {
        return e.failure().transientFailure() && e.failure() != AtlasFailure.READ_TIMEOUT
                && e.failure() != AtlasFailure.CONNECT_TIMEOUT;
    }

    private Duration backoff(int attempt) {
        long base = firstBackoff.toMillis() << (attempt - 1);
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    private static void sleep(Duration wait, ProgressMonitor monitor) {
        long until = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < until) {
            monitor.checkCancelled();
            try {
                Thread.sleep(Math.min(50, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new org.steward.model.task.CancelledException();
            }
        }
    }
}
