package org.steward.views.lineage.layout;

import java.util.Arrays;
import java.util.List;

/**
 * A quick Sugiyama-style layout for graphs too big for ELK: longest-path layering (sources pulled next to their
 * first consumer), dummy nodes on long edges, a few barycenter sweeps, then rows placed near their neighbours.
 * Linear-ish in nodes plus edge spans; 10,000 nodes take well under a second.
 */
public final class FastLayeredEngine implements LayeredEngine {
    private static final int SWEEPS = 4;
    private final double layerGap;
    private final double nodeGap;

    public FastLayeredEngine(double layerGap, double nodeGap) {
        this.layerGap = layerGap;
        this.nodeGap = nodeGap;
    }

    @Override
    public String name() {
        return "steward-layered";
    }

    @Override
    public LayoutSolution place(LayoutProblem problem) {
        int n = problem.nodeCount();
        Adjacency graph = Adjacency.of(n, problem.from(), problem.to());
        int[] layer = Layering.longestPath(graph);
        SegmentGraph segments = SegmentGraph.build(problem, layer);
        List<int[]> order = Ordering.barycenter(segments, SWEEPS);
        double[] layerWidth = layerWidths(problem, segments);
        double[] layerX = layerPositions(layerWidth);
        double[] y = Rows.place(segments, order, problem.heights(), nodeGap);
        double[] x = new double[n];
        for (int v = 0; v < n; v++) {
            x[v] = layerX[segments.layer()[v]];
        }
        return new LayoutSolution(x, Arrays.copyOf(y, n), routes(problem, segments, layerX, layerWidth, y));
    }

    private double[] layerWidths(LayoutProblem problem, SegmentGraph segments) {
        double[] widths = new double[segments.layerCount()];
        for (int v = 0; v < problem.nodeCount(); v++) {
            int l = segments.layer()[v];
            widths[l] = Math.max(widths[l], problem.widths()[v]);
        }
        return widths;
    }

    private double[] layerPositions(double[] widths) {
        double[] layerX = new double[widths.length];
        for (int l = 1; l < widths.length; l++) {
            layerX[l] = layerX[l - 1] + widths[l - 1] + layerGap;
        }
        return layerX;
    }

    /** Orthogonal routes: horizontal through layers, one vertical jog in each gap between layers. */
    private double[][] routes(LayoutProblem problem, SegmentGraph segments, double[] layerX, double[] layerWidth,
                              double[] y) {
        double[][] routes = new double[problem.edgeCount()][];
        double[] w = problem.widths();
        double[] h = problem.heights();
        for (int e = 0; e < routes.length; e++) {
            int u = problem.from()[e];
            int v = problem.to()[e];
            int[] chain = segments.dummies(e);
            double[] route = new double[4 + chain.length * 8 + 4];
            int at = 0;
            double x = layerX[segments.layer()[u]] + w[u];
            double atY = y[u] + h[u] / 2;
            route[at++] = x;
            route[at++] = atY;
            for (int d : chain) {
                int l = segments.layer()[d];
                at = jog(route, at, layerX[l] - layerGap * lane(e, l), atY, y[d]);
                route[at++] = layerX[l] + layerWidth[l];
                route[at++] = y[d];
                atY = y[d];
            }
            double endY = y[v] + h[v] / 2;
            int lv = segments.layer()[v];
            if (segments.layer()[v] > segments.layer()[u]) {
                at = jog(route, at, layerX[lv] - layerGap * lane(e, lv), atY, endY);
            }
            route[at++] = layerX[lv];
            route[at++] = endY;
            routes[e] = java.util.Arrays.copyOf(route, at);
        }
        return routes;
    }

    /** Where in a gap an edge's vertical jog runs (0.25…0.75 of the gap), spread so jogs do not merge. */
    private static double lane(int edge, int layer) {
        int mixed = (edge * 31 + layer) * 0x9E3779B1;
        return 0.25 + 0.5 * ((mixed >>> 8) % 1024) / 1023.0;
    }

    private static int jog(double[] route, int at, double x, double fromY, double toY) {
        route[at++] = x;
        route[at++] = fromY;
        route[at++] = x;
        route[at++] = toY;
        return at;
    }
}
