package org.steward.views.lineage.canvas;

/** How a node or edge differs between two lineage snapshots. */
public enum DiffState {
    ADDED,
    REMOVED,
    CHANGED,
    SAME
}
