package org.steward.model.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.model.catalog.EntityType;

/**
 * Builds one {@link LineageSubgraph}: closures both ways from the focus at dataset level, the stored edges among
 * the nodes found, then (column level) the columns of the datasets shown and the column edges among them, then the
 * pending lineage edits. A column focus is shown in its dataset's neighbourhood.
 */
final class SubgraphAssembler {
    private final LineageSource source;
    private final LineageGraph graph;

    SubgraphAssembler(LineageSource source, LineageGraph graph) {
        this.source = source;
        this.graph = graph;
    }

    LineageSubgraph assemble(LineageRequest request) {
        LineageNode focus = source.describe(List.of(request.focusId())).get(request.focusId());
        if (focus == null) {
            return new LineageSubgraph(request, List.of(), List.of(), Map.of(), false);
        }
        long center = focus.type() == EntityType.COLUMN && focus.parentId() != null ? focus.parentId() : focus.id();
        CompactDigraph datasets = graph.level(LineageLevel.DATASET);
        Map<Long, Integer> distance = new LinkedHashMap<>();
        distance.put(center, 0);
        Closure down = datasets.closure(center, true, request.downstreamDepth(), request.maxNodes() - 1);
        add(distance, down, 1);
        Closure up = datasets.closure(center, false, request.upstreamDepth(),
                Math.max(0, request.maxNodes() - distance.size()));
        add(distance, up, -1);
        boolean truncated = down.truncated() || up.truncated() || distance.size() > request.maxNodes();

        Map<Long, LineageNode> nodes = new LinkedHashMap<>(source.describe(distance.keySet()));
        List<LineageEdge> edges = new ArrayList<>();
        for (long id : distance.keySet()) {
            int index = datasets.indexOf(id);
            if (index >= 0) {
                datasets.forEachOut(index, (from, to, via) -> {
                    if (distance.containsKey(to)) {
                        edges.add(LineageEdge.stored(from, to, LineageLevel.DATASET, via));
                    }
                });
            }
        }
        if (request.level() == LineageLevel.COLUMN) {
            addColumns(nodes, edges, distance);
        }
        new PendingLineageOverlay(source).apply(source.pendingChanges(), nodes, edges, distance);
        return new LineageSubgraph(request, new ArrayList<>(nodes.values()), edges, distance, truncated);
    }

    private static void add(Map<Long, Integer> distance, Closure closure, int sign) {
        long[] ids = closure.ids();
        int[] hops = closure.distances();
        for (int i = 0; i < ids.length; i++) {
            distance.putIfAbsent(ids[i], sign * hops[i]);
        }
    }

    private void addColumns(Map<Long, LineageNode> nodes, List<LineageEdge> edges, Map<Long, Integer> distance) {
        List<Long> datasetIds = new ArrayList<>();
        nodes.values().stream().filter(node -> node.type() == EntityType.DATASET)
                .forEach(node -> datasetIds.add(node.id()));
        Map<Long, Integer> columnDistance = new LinkedHashMap<>();
        for (LineageNode column : source.columnsOf(datasetIds)) {
            nodes.put(column.id(), column);
            columnDistance.put(column.id(), distance.getOrDefault(column.parentId(), 0));
        }
        CompactDigraph columns = graph.level(LineageLevel.COLUMN);
        for (long id : columnDistance.keySet()) {
            int index = columns.indexOf(id);
            if (index >= 0) {
                columns.forEachOut(index, (from, to, via) -> {
                    if (columnDistance.containsKey(to)) {
                        edges.add(LineageEdge.stored(from, to, LineageLevel.COLUMN, via));
                    }
                });
            }
        }
        distance.putAll(columnDistance);
    }
}
