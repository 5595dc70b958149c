package org.steward.app;

/** A mistake the user can fix (bad argument, missing file); reported in one line with exit code 1. */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }
}
