package org.steward.model.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.steward.model.lineage.LineageSnapshot.Edge;
import org.steward.model.lineage.LineageSnapshot.Node;

/**
 * What changed from one lineage snapshot to another: nodes added, removed or changed (type, subtype, name,
 * description, owner or columns differ) and edges added or removed at both levels. Lists are sorted by qualified
 * name so the result reads and compares the same every time.
 */
public record LineageDiff(List<Node> addedNodes, List<Node> removedNodes, List<ChangedNode> changedNodes,
                          List<Edge> addedEdges, List<Edge> removedEdges) {
    private static final Comparator<Edge> EDGE_ORDER = Comparator.comparing(Edge::level)
            .thenComparing(Edge::fromQualifiedName).thenComparing(Edge::toQualifiedName);

    public LineageDiff {
        addedNodes = List.copyOf(addedNodes);
        removedNodes = List.copyOf(removedNodes);
        changedNodes = List.copyOf(changedNodes);
        addedEdges = List.copyOf(addedEdges);
        removedEdges = List.copyOf(removedEdges);
    }

    /** A node in both snapshots whose {@code fields} differ. */
    public record ChangedNode(Node before, Node after, List<String> fields) {
        public ChangedNode {
            fields = List.copyOf(fields);
        }
    }

    public static LineageDiff between(LineageSnapshot before, LineageSnapshot after) {
        List<Node> added = new ArrayList<>();
        List<Node> removed = new ArrayList<>();
        List<ChangedNode> changed = new ArrayList<>();
        for (Node node : after.nodes().values()) {
            Node old = before.nodes().get(node.qualifiedName());
            if (old == null) {
                added.add(node);
            } else {
                List<String> fields = differences(old, node);
                if (!fields.isEmpty()) {
                    changed.add(new ChangedNode(old, node, fields));
                }
            }
        }
        for (Node node : before.nodes().values()) {
            if (!after.nodes().containsKey(node.qualifiedName())) {
                removed.add(node);
            }
        }
        List<Edge> addedEdges = new ArrayList<>(after.edges());
        addedEdges.removeAll(before.edges());
        List<Edge> removedEdges = new ArrayList<>(before.edges());
        removedEdges.removeAll(after.edges());
        Comparator<Node> byName = Comparator.comparing(Node::qualifiedName);
        added.sort(byName);
        removed.sort(byName);
        changed.sort(Comparator.comparing(change -> change.after().qualifiedName()));
        addedEdges.sort(EDGE_ORDER);
        removedEdges.sort(EDGE_ORDER);
        return new LineageDiff(added, removed, changed, addedEdges, removedEdges);
    }

    private static List<String> differences(Node before, Node after) {
        List<String> fields = new ArrayList<>();
        Map<String, Boolean> checks = new java.util.LinkedHashMap<>();
        checks.put("type", before.type() == after.type());
        checks.put("subtype", before.subtype().equals(after.subtype()));
        checks.put("name", before.name().equals(after.name()));
        checks.put("description", before.description().equals(after.description()));
        checks.put("owner", Objects.equals(before.owner(), after.owner()));
        checks.put("columns", before.columns().equals(after.columns()));
        checks.forEach((field, same) -> {
            if (!same) {
                fields.add(field);
            }
        });
        return fields;
    }

    public boolean isEmpty() {
        return addedNodes.isEmpty() && removedNodes.isEmpty() && changedNodes.isEmpty() && addedEdges.isEmpty()
                && removedEdges.isEmpty();
    }
}
