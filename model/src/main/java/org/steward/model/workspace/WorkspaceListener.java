package org.steward.model.workspace;

/** Hears about changes to a workspace, on the thread that made them. */
public interface WorkspaceListener {

    /** Catalog state changed (an import or pull landed). */
    default void catalogChanged() {
    }

    /** Proposed changes were recorded, withdrawn or reinstated. */
    default void changesChanged() {
    }
}
