package org.steward.model.change;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.EntityDetails;

/**
 * An entity's details with its pending changes applied, and which parts are pending.
 *
 * @param pendingColumns per column id, the kinds of change pending on that column
 * @param pendingLabels  per entity id (the entity and its columns), the classifications a pending change adds,
 *                       removes, or propagates there
 */
public record OverlaidDetails(EntityDetails details, Set<ChangeKind> pendingKinds, List<ProposedChange> pending,
                              Map<Long, Set<ChangeKind>> pendingColumns, Map<Long, Set<String>> pendingLabels) {

    public OverlaidDetails {
        pendingKinds = Set.copyOf(pendingKinds);
        pending = List.copyOf(pending);
        pendingColumns = Map.copyOf(pendingColumns);
        pendingLabels = Map.copyOf(pendingLabels);
    }

    public OverlaidDetails(EntityDetails details, Set<ChangeKind> pendingKinds, List<ProposedChange> pending,
                           Map<Long, Set<ChangeKind>> pendingColumns) {
        this(details, pendingKinds, pending, pendingColumns, Map.of());
    }

    public boolean isPending(ChangeKind kind) {
        return pendingKinds.contains(kind);
    }

    /** Whether a pending change adds, removes or propagates this classification on this entity or column. */
    public boolean isLabelPending(long entityId, String classification) {
        return pendingLabels.getOrDefault(entityId, Set.of()).contains(classification);
    }

    /** Whether a classification change is pending on the entity itself or on any of its labels. */
    public boolean labelsPending(long entityId) {
        return !pendingLabels.getOrDefault(entityId, Set.of()).isEmpty();
    }
}
