package org.steward.views.lineage.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageNode;

/**
 * Column-level layout: columns become rows of their dataset's card, the cards (and any process or dataset node
 * without columns) are laid out as boxes joined by the aggregated column edges, then column edges are drawn from
 * row to row.
 */
final class ColumnCards {
    private static final double STUB = 14;

    private ColumnCards() {
    }

    static GraphLayout layout(List<LineageNode> nodes, List<LineageEdge> edges,
                              Function<LayoutProblem, LayoutSolution> solver) {
        Map<Long, LineageNode> byId = new LinkedHashMap<>();
        nodes.forEach(node -> byId.put(node.id(), node));
        Map<Long, List<LineageNode>> columnsByCard = new LinkedHashMap<>();
        for (LineageNode node : nodes) {
            if (node.type() == EntityType.COLUMN && node.parentId() != null) {
                columnsByCard.computeIfAbsent(node.parentId(), id -> new ArrayList<>()).add(node);
            }
        }
        List<Long> units = new ArrayList<>();
        Map<Long, Integer> unitOf = new LinkedHashMap<>();
        for (LineageNode node : nodes) {
            long unit = unitId(node);
            if (!unitOf.containsKey(unit)) {
                unitOf.put(unit, units.size());
                units.add(unit);
            }
        }
        double[] widths = new double[units.size()];
        double[] heights = new double[units.size()];
        for (int u = 0; u < units.size(); u++) {
            List<LineageNode> columns = columnsByCard.get(units.get(u));
            LineageNode node = byId.get(units.get(u));
            widths[u] = columns != null ? CardMetrics.CARD_WIDTH : CardMetrics.width(node.type());
            heights[u] = columns != null ? CardMetrics.groupHeight(columns.size()) : CardMetrics.height(node.type());
        }
        List<LineageEdge> kept = new ArrayList<>();
        List<int[]> unitEdges = new ArrayList<>();
        Set<Long> seenPairs = new HashSet<>();
        for (LineageEdge edge : edges) {
            LineageNode from = byId.get(edge.fromId());
            LineageNode to = byId.get(edge.toId());
            if (from == null || to == null || from.id() == to.id()) {
                continue;
            }
            kept.add(edge);
            int a = unitOf.get(unitId(from));
            int b = unitOf.get(unitId(to));
            if (a != b && seenPairs.add((long) a * units.size() + b)) {
                unitEdges.add(new int[] {a, b});
            }
        }
        int[] from = unitEdges.stream().mapToInt(pair -> pair[0]).toArray();
        int[] to = unitEdges.stream().mapToInt(pair -> pair[1]).toArray();
        LayoutSolution solution = solver.apply(new LayoutProblem(widths, heights, from, to));
        return assemble(nodes, byId, columnsByCard, units, unitOf, widths, heights, solution, kept);
    }

    private static long unitId(LineageNode node) {
        return node.type() == EntityType.COLUMN && node.parentId() != null ? node.parentId() : node.id();
    }

    private static GraphLayout assemble(List<LineageNode> nodes, Map<Long, LineageNode> byId,
                                        Map<Long, List<LineageNode>> columnsByCard, List<Long> units,
                                        Map<Long, Integer> unitOf, double[] widths, double[] heights,
                                        LayoutSolution solution, List<LineageEdge> edges) {
        List<NodeBox> boxes = new ArrayList<>(nodes.size());
        List<GroupBox> groups = new ArrayList<>();
        Map<Long, Integer> boxIndex = new LinkedHashMap<>();
        for (int u = 0; u < units.size(); u++) {
            long unit = units.get(u);
            double x = solution.x()[u];
            double y = solution.y()[u];
            List<LineageNode> columns = columnsByCard.get(unit);
            if (columns == null) {
                boxIndex.put(unit, boxes.size());
                boxes.add(new NodeBox(byId.get(unit), x, y, widths[u], heights[u]));
                continue;
            }
            groups.add(group(unit, byId.get(unit), columns, x, y, widths[u], heights[u]));
            for (int row = 0; row < columns.size(); row++) {
                boxIndex.put(columns.get(row).id(), boxes.size());
                boxes.add(new NodeBox(columns.get(row), x, y + CardMetrics.GROUP_HEADER + row * CardMetrics.COLUMN_ROW,
                        widths[u], CardMetrics.COLUMN_ROW));
            }
        }
        List<EdgeRoute> routes = new ArrayList<>(edges.size());
        for (LineageEdge edge : edges) {
            Integer a = boxIndex.get(edge.fromId());
            Integer b = boxIndex.get(edge.toId());
            if (a == null || b == null) {
                continue;
            }
            routes.add(EdgeRoute.of(edge, a, b, rowToRow(boxes.get(a), boxes.get(b))));
        }
        return GraphLayout.of(boxes, routes, groups, "columns/" + (units.size() <= LineageLayout.DEFAULT_ELK_LIMIT
                ? "elk-layered" : "steward-layered"));
    }

    private static GroupBox group(long unit, LineageNode dataset, List<LineageNode> columns, double x, double y,
                                  double width, double height) {
        if (dataset != null) {
            return new GroupBox(unit, dataset.name(), dataset.source(), dataset.classifications(), dataset.pending(),
                    x, y, width, height);
        }
        String qualified = columns.get(0).qualifiedName();
        int dot = qualified.lastIndexOf('.');
        String name = dot > 0 ? qualified.substring(0, dot) : qualified;
        int previous = name.lastIndexOf('.');
        return new GroupBox(unit, previous >= 0 ? name.substring(previous + 1) : name, columns.get(0).source(),
                List.of(), false, x, y, width, height);
    }

    private static double[] rowToRow(NodeBox from, NodeBox to) {
        double startX = from.x() + from.width();
        if (to.x() > startX) {
            return new double[] {startX, from.centerY(), startX + STUB, from.centerY(), to.x() - STUB, to.centerY(),
                to.x(), to.centerY()};
        }
        double loop = Math.max(startX, to.x() + to.width()) + STUB;
        return new double[] {startX, from.centerY(), loop, from.centerY(), loop, to.centerY(), to.x() + to.width(),
            to.centerY()};
    }
}
