package org.steward.views.lineage;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.steward.model.catalog.CatalogReader;
import org.steward.model.catalog.Entity;
import org.steward.model.lineage.LineageDiff;
import org.steward.model.lineage.LineageSnapshot;
import org.steward.views.lineage.canvas.DiffState;
import org.steward.views.lineage.canvas.GraphDiffOverlay;

/**
 * Turns a diff between a compared file (before) and the workspace (after) into colours on the workspace's graph:
 * what the workspace has and the file lacks is added, what differs is changed, and edges the file has between
 * nodes the workspace still holds are removed. Nodes only the file has cannot be drawn; the title counts them.
 */
final class DiffOverlays {

    private DiffOverlays() {
    }

    static GraphDiffOverlay of(LineageDiff diff, CatalogReader catalog, String comparedWith) {
        Map<Long, DiffState> nodes = new HashMap<>();
        diff.addedNodes().forEach(node -> id(catalog, node.qualifiedName())
                .ifPresent(id -> nodes.put(id, DiffState.ADDED)));
        diff.changedNodes().forEach(node -> id(catalog, node.after().qualifiedName())
                .ifPresent(id -> nodes.put(id, DiffState.CHANGED)));
        Map<GraphDiffOverlay.EdgeKey, DiffState> edges = new HashMap<>();
        putEdges(diff, catalog, edges);
        String title = String.format("Compared with %s: %d added, %d changed, %d removed nodes; %d added, %d removed"
                        + " edges", comparedWith, diff.addedNodes().size(), diff.changedNodes().size(),
                diff.removedNodes().size(), diff.addedEdges().size(), diff.removedEdges().size());
        return new GraphDiffOverlay(title, nodes, edges);
    }

    private static void putEdges(LineageDiff diff, CatalogReader catalog,
                                 Map<GraphDiffOverlay.EdgeKey, DiffState> edges) {
        for (LineageSnapshot.Edge edge : diff.addedEdges()) {
            key(catalog, edge).ifPresent(key -> edges.put(key, DiffState.ADDED));
        }
        for (LineageSnapshot.Edge edge : diff.removedEdges()) {
            key(catalog, edge).ifPresent(key -> edges.put(key, DiffState.REMOVED));
        }
    }

    private static Optional<GraphDiffOverlay.EdgeKey> key(CatalogReader catalog, LineageSnapshot.Edge edge) {
        Optional<Long> from = id(catalog, edge.fromQualifiedName());
        Optional<Long> to = id(catalog, edge.toQualifiedName());
        return from.isPresent() && to.isPresent()
                ? Optional.of(new GraphDiffOverlay.EdgeKey(from.get(), to.get())) : Optional.empty();
    }

    private static Optional<Long> id(CatalogReader catalog, String qualifiedName) {
        return catalog.entityByQualifiedName(qualifiedName).map(Entity::id);
    }
}
