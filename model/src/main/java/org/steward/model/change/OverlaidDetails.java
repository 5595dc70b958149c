package org.steward.model.change;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.EntityDetails;

/**
 * An entity's details with its pending changes applied, and which parts are pending.
 *
 * @param pendingColumns per column id, the kinds of change pending on that column
 */
public record OverlaidDetails(EntityDetails details, Set<ChangeKind> pendingKinds, List<ProposedChange> pending,
                              Map<Long, Set<ChangeKind>> pendingColumns) {

    public OverlaidDetails {
        pendingKinds = Set.copyOf(pendingKinds);
        pending = List.copyOf(pending);
        pendingColumns = Map.copyOf(pendingColumns);
    }

    public boolean isPending(ChangeKind kind) {
        return pendingKinds.contains(kind);
    }
}
