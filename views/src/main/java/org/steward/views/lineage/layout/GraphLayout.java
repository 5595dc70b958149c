package org.steward.views.lineage.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** A laid-out lineage subgraph: node boxes, edge polylines, dataset cards (column level) and the overall size. */
public record GraphLayout(List<NodeBox> nodes, List<EdgeRoute> edges, List<GroupBox> groups, double width,
                          double height, String engine, Map<Long, Integer> indexById) {

    public GraphLayout {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        groups = List.copyOf(groups);
        indexById = Map.copyOf(indexById);
    }

    public static GraphLayout of(List<NodeBox> nodes, List<EdgeRoute> edges, List<GroupBox> groups, String engine) {
        double width = 0;
        double height = 0;
        Map<Long, Integer> index = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            NodeBox box = nodes.get(i);
            width = Math.max(width, box.x() + box.width());
            height = Math.max(height, box.y() + box.height());
            index.put(box.node().id(), i);
        }
        for (GroupBox group : groups) {
            width = Math.max(width, group.x() + group.width());
            height = Math.max(height, group.y() + group.height());
        }
        return new GraphLayout(nodes, edges, groups, width, height, engine, index);
    }

    public static GraphLayout empty() {
        return of(List.of(), List.of(), List.of(), "none");
    }

    public OptionalInt indexOf(long nodeId) {
        Integer index = indexById.get(nodeId);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }
}
