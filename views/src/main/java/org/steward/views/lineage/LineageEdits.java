package org.steward.views.lineage;

import java.util.List;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageLevel;

/**
 * Lineage edits by hand, proposed into the open change set (the lead implements it with the model's lineage
 * {@code Change} records through the session's edit history). Called off the FX thread.
 */
public interface LineageEdits {

    /** Proposes removing a stored edge. */
    void removeEdge(LineageEdge edge);

    /** Proposes a new edge from one node to another at a level. */
    void addEdge(long fromId, long toId, LineageLevel level);

    /** Proposes removing a process together with the edges into and out of it. */
    void removeProcess(long processId);

    /** Proposes a process added by hand, reading the input entities and writing the output entities. */
    void addProcess(String qualifiedName, String name, List<Long> inputIds, List<Long> outputIds);

    /**
     * Calls {@code listener} after every edit, undo or redo of the session, on the thread that made it; the view
     * redraws the graph then. Does nothing by default.
     */
    default void addChangeListener(Runnable listener) {
    }

    default void removeChangeListener(Runnable listener) {
    }
}
