package org.steward.views.changes;

import java.util.List;

/** The changes of one change set to one entity, in the order they were proposed. */
public record EntityChanges(long entityId, String entity, List<ChangeDiff> changes) {

    public EntityChanges {
        changes = List.copyOf(changes);
    }
}
