package org.steward.views.lineage.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageNode;
import org.steward.model.lineage.LineageSubgraph;

/**
 * Lays a lineage subgraph out left to right: ELK layered up to {@link #DEFAULT_ELK_LIMIT} boxes, Steward's own fast
 * layering above. At column level, columns are rows inside their dataset's card and the cards are laid out.
 * Pure computation: call it off the FX thread, through {@link LayoutThread} when ELK may run.
 */
public final class LineageLayout {
    /** ELK (fast settings) takes about 0.3 s at this size here; bigger graphs use the fast layering. */
    public static final int DEFAULT_ELK_LIMIT = 2_000;

    private final int elkLimit;
    private final LayeredEngine elk = new ElkLayeredEngine(CardMetrics.LAYER_GAP, CardMetrics.NODE_GAP);
    private final LayeredEngine fast = new FastLayeredEngine(CardMetrics.LAYER_GAP, CardMetrics.NODE_GAP);

    public LineageLayout() {
        this(DEFAULT_ELK_LIMIT);
    }

    /** @param elkLimit the largest number of boxes laid out with ELK; 0 always uses the fast layering */
    public LineageLayout(int elkLimit) {
        this.elkLimit = elkLimit;
    }

    public GraphLayout layout(LineageSubgraph subgraph) {
        return layout(subgraph.nodes(), subgraph.edges(), subgraph.request().level());
    }

    public GraphLayout layout(List<LineageNode> nodes, List<LineageEdge> edges, LineageLevel level) {
        if (level == LineageLevel.COLUMN && nodes.stream().anyMatch(n -> n.type() == EntityType.COLUMN)) {
            return ColumnCards.layout(nodes, edges, this::solve);
        }
        return datasetLevel(nodes, edges);
    }

    LayoutSolution solve(LayoutProblem problem) {
        return engineFor(problem.nodeCount()).place(problem);
    }

    String engineName(int boxes) {
        return engineFor(boxes).name();
    }

    private LayeredEngine engineFor(int boxes) {
        return boxes <= elkLimit ? elk : fast;
    }

    private GraphLayout datasetLevel(List<LineageNode> nodes, List<LineageEdge> edges) {
        Map<Long, Integer> index = new HashMap<>(nodes.size() * 2);
        double[] widths = new double[nodes.size()];
        double[] heights = new double[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            LineageNode node = nodes.get(i);
            index.put(node.id(), i);
            widths[i] = CardMetrics.width(node.type());
            heights[i] = node.type() == EntityType.COLUMN ? CardMetrics.PROCESS_HEIGHT
                    : CardMetrics.height(node.type());
        }
        List<LineageEdge> kept = new ArrayList<>(edges.size());
        for (LineageEdge edge : edges) {
            if (index.containsKey(edge.fromId()) && index.containsKey(edge.toId()) && edge.fromId() != edge.toId()) {
                kept.add(edge);
            }
        }
        int[] from = new int[kept.size()];
        int[] to = new int[kept.size()];
        for (int e = 0; e < kept.size(); e++) {
            from[e] = index.get(kept.get(e).fromId());
            to[e] = index.get(kept.get(e).toId());
        }
        LayoutSolution solution = solve(new LayoutProblem(widths, heights, from, to));
        List<NodeBox> boxes = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            boxes.add(new NodeBox(nodes.get(i), solution.x()[i], solution.y()[i], widths[i], heights[i]));
        }
        List<EdgeRoute> routes = new ArrayList<>(kept.size());
        for (int e = 0; e < kept.size(); e++) {
            double[] points = solution.routes()[e];
            if (points.length < 4) {
                points = straight(boxes.get(from[e]), boxes.get(to[e]));
            }
            routes.add(EdgeRoute.of(kept.get(e), from[e], to[e], points));
        }
        return GraphLayout.of(boxes, routes, List.of(), engineName(nodes.size()));
    }

    static double[] straight(NodeBox from, NodeBox to) {
        return new double[] {from.x() + from.width(), from.centerY(), to.x(), to.centerY()};
    }
}
