package org.steward.model.change;

/** A stored process removed by hand, with every lineage edge into and out of it. */
public record ProcessRemoved(long processId) implements Change {

    @Override
    public long entityId() {
        return processId;
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.PROCESS_REMOVED;
    }

    @Override
    public String summary() {
        return "process removed: #" + processId;
    }
}
