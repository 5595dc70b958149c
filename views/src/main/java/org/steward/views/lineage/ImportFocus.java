package org.steward.views.lineage;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.LineageEdgeRecord;

/**
 * Watches the batches of one import and names the dataset with the most lineage around it (edges to and from its
 * processes; among equals one that a process writes, whose upstream shows every input of that job), so the view can
 * open the imported graph where there is most to see. Used from the import's reader thread only, and read once the
 * import has returned.
 */
final class ImportFocus {
    /** Beyond this many datasets a huge import's focus is chosen among the first ones; memory stays bounded. */
    static final int MAX_TRACKED = 200_000;

    /** Per dataset: [edges in, edges out]. */
    private final Map<String, int[]> datasetEdges = new HashMap<>();

    void watch(CatalogBatch batch) {
        for (EntityRecord entity : batch.entities()) {
            if ((entity.type() == EntityType.DATASET || entity.type() == EntityType.DASHBOARD)
                    && datasetEdges.size() < MAX_TRACKED) {
                datasetEdges.putIfAbsent(entity.qualifiedName(), new int[2]);
            }
        }
        for (LineageEdgeRecord edge : batch.lineage()) {
            count(edge.fromQualifiedName(), 1);
            count(edge.toQualifiedName(), 0);
        }
    }

    /** The qualified name of the dataset most edges touch; empty when the import brought no dataset lineage. */
    Optional<String> busiest() {
        Comparator<Map.Entry<String, int[]>> order = Comparator
                .<Map.Entry<String, int[]>>comparingInt(entry -> entry.getValue()[0] + entry.getValue()[1])
                .thenComparingInt(entry -> entry.getValue()[0])
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
        return datasetEdges.entrySet().stream()
                .filter(entry -> entry.getValue()[0] + entry.getValue()[1] > 0)
                .max(order)
                .map(Map.Entry::getKey);
    }

    private void count(String qualifiedName, int direction) {
        int[] edges = datasetEdges.get(qualifiedName);
        if (edges != null) {
            edges[direction]++;
        }
    }
}
