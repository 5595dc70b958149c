package org.steward.model.catalog;

import java.util.Map;

/** Counts shown in the status bar and printed by {@code steward stats}. */
public record CatalogStats(
        Map<EntityType, Long> entitiesByType,
        long datasetLineageEdges,
        long columnLineageEdges,
        long classificationAssignments,
        long glossaryTerms,
        long owners,
        long pendingChanges) {

    public CatalogStats {
        entitiesByType = Map.copyOf(entitiesByType);
    }

    public long count(EntityType type) {
        return entitiesByType.getOrDefault(type, 0L);
    }

    public long totalEntities() {
        return entitiesByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
