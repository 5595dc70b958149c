package org.steward.model.change;

/** A stored lineage edge removed by hand; filed under {@code fromId}. */
public record LineageEdgeRemoved(long fromId, long toId) implements Change {

    @Override
    public long entityId() {
        return fromId;
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.LINEAGE_EDGE_REMOVED;
    }

    @Override
    public String summary() {
        return "lineage edge removed: #" + fromId + " → #" + toId;
    }
}
