package org.steward.views.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.steward.model.task.ProgressMonitor;

/** Runs everything at once on the calling thread: for view-model tests without a toolkit. */
public final class SameThreadTaskExecutor implements TaskExecutor {
    private final List<Throwable> failures = new ArrayList<>();
    private final Consumer<Throwable> errorHandler;

    public SameThreadTaskExecutor() {
        this.errorHandler = failures::add;
    }

    @Override
    public <T> void execute(BackgroundJob<T> job) {
        T result;
        try {
            result = job.work().run(ProgressMonitor.NONE);
        } catch (Exception e) {
            (job.onFailure() != null ? job.onFailure() : errorHandler).accept(e);
            return;
        }
        job.onSuccess().accept(result);
    }

    @Override
    public void runOnUi(Runnable action) {
        action.run();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        action.run();
        return () -> { };
    }

    /** Failures no job handled itself, oldest first. */
    public List<Throwable> failures() {
        return List.copyOf(failures);
    }
}
