package org.steward.app.cli;

import java.io.PrintWriter;
import org.steward.model.task.ProgressMonitor;

/** Prints progress to stderr once a second after the first second, so long commands show they are alive. */
final class ConsoleProgress implements ProgressMonitor {
    private final PrintWriter err;
    private long lastPrinted = System.nanoTime();

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(long done, long total, String message) {
        long now = System.nanoTime();
        if (now - lastPrinted > 1_000_000_000L) {
            lastPrinted = now;
            err.printf("%s… %,d of %,d%n", message, done, total);
            err.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
