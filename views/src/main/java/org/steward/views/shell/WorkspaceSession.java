package org.steward.views.shell;

import java.util.Objects;
import org.steward.model.change.EditHistory;
import org.steward.model.workspace.Workspace;

/** An open workspace together with the current user's undo history for it. */
public record WorkspaceSession(Workspace workspace, SessionEdits edits, String user) {

    public static final int UNDO_CAPACITY = 200;

    public WorkspaceSession {
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(edits);
        Objects.requireNonNull(user);
    }

    public static WorkspaceSession of(Workspace workspace, String user) {
        EditHistory history = new EditHistory(workspace.changes(), user, UNDO_CAPACITY);
        return new WorkspaceSession(workspace, new SessionEdits(history), user);
    }
}
