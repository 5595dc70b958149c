package org.steward.views.lineage.canvas;

import java.util.Map;

/**
 * A diff to colour the graph with: per node id and per edge (from, to) the way it changed. Missing entries are
 * {@link DiffState#SAME}. The lead fills it from the model's lineage diff.
 */
public record GraphDiffOverlay(String title, Map<Long, DiffState> nodes, Map<EdgeKey, DiffState> edges) {

    public GraphDiffOverlay {
        nodes = Map.copyOf(nodes);
        edges = Map.copyOf(edges);
    }

    public static GraphDiffOverlay none() {
        return new GraphDiffOverlay("", Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && edges.isEmpty();
    }

    public DiffState node(long id) {
        return nodes.getOrDefault(id, DiffState.SAME);
    }

    public DiffState edge(long fromId, long toId) {
        return edges.isEmpty() ? DiffState.SAME : edges.getOrDefault(new EdgeKey(fromId, toId), DiffState.SAME);
    }

    /** An edge by its ends. */
    public record EdgeKey(long fromId, long toId) {
    }
}
