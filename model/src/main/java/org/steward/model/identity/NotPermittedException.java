package org.steward.model.identity;

import org.steward.model.workspace.WorkspaceException;

/** A user tried something their roles or the review rules do not allow; the message says why. */
public class NotPermittedException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    public NotPermittedException(String message) {
        super(message);
    }
}
