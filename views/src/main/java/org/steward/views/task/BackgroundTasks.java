package org.steward.views.task;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.model.task.CancelledException;
import org.steward.model.task.ProgressMonitor;

/**
 * The application's background work: each job becomes a {@link Task} on a small pool of daemon threads. The most
 * recent visible task is published for the status bar's progress bar, message and cancel button.
 */
public final class BackgroundTasks implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final ExecutorService pool;
    private final ReadOnlyObjectWrapper<Task<?>> current = new ReadOnlyObjectWrapper<>(this, "current");
    private Consumer<Throwable> errorHandler = error -> LOG.error("Background task failed", error);

    public BackgroundTasks(int threads) {
        AtomicInteger counter = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "steward-worker-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Where failures of jobs without their own handler go; called on the FX thread. */
    public void setErrorHandler(Consumer<Throwable> handler) {
        this.errorHandler = handler;
    }

    public ReadOnlyObjectProperty<Task<?>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    @Override
    public <T> void execute(BackgroundJob<T> job) {
        Task<T> task = new JobTask<>(job);
        task.setOnSucceeded(event -> {
            finished(task);
            job.onSuccess().accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finished(task);
            Throwable error = task.getException();
            if (error instanceof CancelledException) {
                LOG.info("{} cancelled", job.title());
                return;
            }
            LOG.warn("{} failed", job.title(), error);
            (job.onFailure() != null ? job.onFailure() : errorHandler).accept(error);
        });
        task.setOnCancelled(event -> {
            finished(task);
            LOG.info("{} cancelled", job.title());
            if (job.onFailure() != null) {
                job.onFailure().accept(new CancelledException());
            }
        });
        if (job.visible()) {
            runOnUi(() -> current.set(task));
        }
        pool.execute(task);
    }

    private void finished(Task<?> task) {
        if (current.get() == task) {
            current.set(null);
        }
    }

    @Override
    public void runOnUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(event -> action.run());
        runOnUi(pause::play);
        return () -> runOnUi(pause::stop);
    }

    @Override
    public void close() {
        pool.shutdown();
    }

    private static final class JobTask<T> extends Task<T> {
        private final BackgroundJob<T> job;

        JobTask(BackgroundJob<T> job) {
            this.job = job;
            updateTitle(job.title());
            updateMessage(job.title() + "…");
        }

        @Override
        protected T call() throws Exception {
            return job.work().run(new ProgressMonitor() {
                @Override
                public void progress(long done, long total, String message) {
                    updateProgress(done, total);
                    if (message != null && !message.isBlank()) {
                        updateMessage(message);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return JobTask.this.isCancelled();
                }
            });
        }
    }
}
