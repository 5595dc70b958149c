package org.steward.model.task;

/** How long-running model work reports progress and learns it was cancelled. */
public interface ProgressMonitor {

    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void progress(long done, long total, String message);

    boolean isCancelled();

    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
