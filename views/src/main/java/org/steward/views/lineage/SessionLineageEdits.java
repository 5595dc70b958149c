package org.steward.views.lineage;

import java.util.List;
import org.steward.model.change.LineageEdgeAdded;
import org.steward.model.change.LineageEdgeRemoved;
import org.steward.model.change.ProcessAdded;
import org.steward.model.change.ProcessRemoved;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageLevel;
import org.steward.views.shell.SessionEdits;

/** Lineage edits recorded as proposed changes in the session's edit history, so undo and redo cover them too. */
final class SessionLineageEdits implements LineageEdits {
    private final SessionEdits edits;

    SessionLineageEdits(SessionEdits edits) {
        this.edits = edits;
    }

    @Override
    public void removeEdge(LineageEdge edge) {
        edits.record(new LineageEdgeRemoved(edge.fromId(), edge.toId()));
    }

    @Override
    public void removeProcess(long processId) {
        edits.record(new ProcessRemoved(processId));
    }

    @Override
    public void addProcess(String qualifiedName, String name, List<Long> inputIds, List<Long> outputIds) {
        edits.record(new ProcessAdded(qualifiedName, name, inputIds, outputIds));
    }

    @Override
    public void addChangeListener(Runnable listener) {
        edits.addListener(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        edits.removeListener(listener);
    }

    @Override
    public void addEdge(long fromId, long toId, LineageLevel level) {
        edits.record(new LineageEdgeAdded(fromId, toId, null));
    }
}
