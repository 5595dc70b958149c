package org.steward.model.lineage;

/**
 * Data flows from {@code fromId} to {@code toId}.
 *
 * @param viaProcessId for a column-level edge, the process that derives it when known
 * @param pending      {@code ADDED} or {@code REMOVED} when a pending change adds or removes the edge, else NONE
 */
public record LineageEdge(long fromId, long toId, LineageLevel level, Long viaProcessId, PendingState pending) {

    /** Whether a pending change touches an edge or node. */
    public enum PendingState {
        NONE,
        ADDED,
        REMOVED
    }

    public static LineageEdge stored(long fromId, long toId, LineageLevel level, Long viaProcessId) {
        return new LineageEdge(fromId, toId, level, viaProcessId, PendingState.NONE);
    }
}
