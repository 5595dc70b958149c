package org.steward.views.task;

import java.time.Duration;

/**
 * Runs background jobs and hands their results back on the UI thread. View models depend on this interface only,
 * so plain unit tests can run them on the calling thread.
 */
public interface TaskExecutor {

    <T> void execute(BackgroundJob<T> job);

    /** Runs {@code action} on the UI thread (now, if already on it). */
    void runOnUi(Runnable action);

    /** Runs {@code action} on the UI thread after {@code delay}, unless cancelled first. */
    Cancellable schedule(Duration delay, Runnable action);

    /** A scheduled action that can be called off. */
    interface Cancellable {
        void cancel();
    }
}
