package org.steward.views.task;

import java.util.Objects;
import java.util.function.Consumer;
import org.steward.model.task.ProgressMonitor;

/**
 * One piece of background work: what it does, what happens with its result and with its failure (both on the UI
 * thread), and whether the status bar shows it.
 *
 * @param onFailure {@code null} routes the failure to the executor's error handler; a job with its own handler
 *                  hears of a cancel as a {@link org.steward.model.task.CancelledException}
 */
public record BackgroundJob<T>(String title, Work<T> work, Consumer<? super T> onSuccess,
                               Consumer<Throwable> onFailure, boolean visible) {

    public BackgroundJob {
        Objects.requireNonNull(title);
        Objects.requireNonNull(work);
        onSuccess = onSuccess == null ? value -> { } : onSuccess;
    }

    /** A job the status bar shows, with failures shown in the error dialog. */
    public static <T> BackgroundJob<T> visible(String title, Work<T> work, Consumer<? super T> onSuccess) {
        return new BackgroundJob<>(title, work, onSuccess, null, true);
    }

    /** A quick job (a search, a detail load) the status bar does not show. */
    public static <T> BackgroundJob<T> quiet(String title, Work<T> work, Consumer<? super T> onSuccess) {
        return new BackgroundJob<>(title, work, onSuccess, null, false);
    }

    public BackgroundJob<T> onFailure(Consumer<Throwable> handler) {
        return new BackgroundJob<>(title, work, onSuccess, handler, visible);
    }

    /** The work itself, run off the UI thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressMonitor monitor) throws Exception;
    }
}
