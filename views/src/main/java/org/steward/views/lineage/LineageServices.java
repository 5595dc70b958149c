package org.steward.views.lineage;

import org.steward.model.lineage.LineageService;
import org.steward.views.shell.WorkspaceSession;

/**
 * Where the lineage area gets its services for an open workspace; the app points {@link #service} at
 * {@code workspace.lineage()} and {@link #edits} at the session's edit history.
 */
public interface LineageServices {

    LineageService service(WorkspaceSession session);

    LineageEdits edits(WorkspaceSession session);

    /** Until the app wires lineage: the area opens with a message instead of a graph. */
    static LineageServices unavailable() {
        return new LineageServices() {
            @Override
            public LineageService service(WorkspaceSession session) {
                return null;
            }

            @Override
            public LineageEdits edits(WorkspaceSession session) {
                return LineageEdits.unsupported();
            }
        };
    }
}
