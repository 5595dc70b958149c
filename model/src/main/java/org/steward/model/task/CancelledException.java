package org.steward.model.task;

/** Thrown out of long work when its monitor was cancelled; the work leaves no partial result behind. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled");
    }
}
