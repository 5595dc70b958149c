package org.steward.views.lineage.layout;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/** Runs a layout on a fresh thread with a 256 MB stack (ELK recurses deeply) and waits for it. */
public final class LayoutThread {
    private static final long STACK_BYTES = 256L << 20;

    private LayoutThread() {
    }

    public static <T> T run(Supplier<T> layout) throws InterruptedException {
        FutureTask<T> task = new FutureTask<>(layout::get);
        Thread thread = new Thread(null, task, "layout", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
