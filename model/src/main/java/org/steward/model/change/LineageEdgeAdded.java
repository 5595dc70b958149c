package org.steward.model.change;

/**
 * A lineage edge added by hand: data flows from {@code fromId} to {@code toId}, optionally via a process (for a
 * column-to-column edge). The change is filed under {@code fromId}.
 */
public record LineageEdgeAdded(long fromId, long toId, Long viaProcessId) implements Change {

    public LineageEdgeAdded {
        if (fromId == toId) {
            throw new IllegalArgumentException("a lineage edge cannot point from an entity to itself");
        }
    }

    @Override
    public long entityId() {
        return fromId;
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.LINEAGE_EDGE_ADDED;
    }

    @Override
    public String summary() {
        String via = viaProcessId == null ? "" : " via #" + viaProcessId;
        return "lineage edge added: #" + fromId + " → #" + toId + via;
    }
}
