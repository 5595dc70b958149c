package org.steward.views.lineage;

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
}
