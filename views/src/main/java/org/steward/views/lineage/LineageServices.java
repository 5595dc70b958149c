package org.steward.views.lineage;

import org.steward.model.lineage.LineageService;
import org.steward.views.shell.WorkspaceSession;

/**
 * Where the lineage area gets its services for an open workspace: by default {@link #ofWorkspace()}; tests hand in
 * their own.
 */
public interface LineageServices {

    LineageService service(WorkspaceSession session);

    LineageEdits edits(WorkspaceSession session);

    /** Finds datasets for the process dialog: by default the workspace's search. */
    default DatasetFinder finder(WorkspaceSession session) {
        return DatasetFinder.of(session.workspace().search());
    }

    /** The open workspace's own lineage service, and edits recorded through the session's edit history. */
    static LineageServices ofWorkspace() {
        return new LineageServices() {
            @Override
            public LineageService service(WorkspaceSession session) {
                return session.workspace().lineage();
            }

            @Override
            public LineageEdits edits(WorkspaceSession session) {
                return new SessionLineageEdits(session.edits());
            }
        };
    }
}
