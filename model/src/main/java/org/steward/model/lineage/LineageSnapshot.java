package org.steward.model.lineage;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.EntityType;

/**
 * The lineage of one workspace keyed by qualified name, so two workspaces (the current one, or an in-memory one an
 * import file was read into) can be compared: datasets, processes and dashboards with their columns, and the
 * dataset- and column-level edges between qualified names.
 */
public record LineageSnapshot(Map<String, Node> nodes, Set<Edge> edges) {

    public LineageSnapshot {
        nodes = Map.copyOf(nodes);
        edges = Set.copyOf(edges);
    }

    /**
     * A dataset, process or dashboard as a diff sees it.
     *
     * @param columns the columns as {@code name type}, in position order
     */
    public record Node(String qualifiedName, EntityType type, String subtype, String name, String description,
                       String owner, List<String> columns) {
        public Node {
            columns = List.copyOf(columns);
        }
    }

    /** An edge between qualified names; column-level edges join column qualified names. */
    public record Edge(String fromQualifiedName, String toQualifiedName, LineageLevel level) {
    }
}
