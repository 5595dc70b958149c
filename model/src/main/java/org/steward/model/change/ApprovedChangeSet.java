package org.steward.model.change;

import java.util.List;

/** An approved change set waiting to be pushed, with its pending changes in the order they were proposed. */
public record ApprovedChangeSet(ChangeSetSummary summary, List<ProposedChange> changes) {

    public ApprovedChangeSet {
        changes = List.copyOf(changes);
    }
}
