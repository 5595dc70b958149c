package org.steward.views.lineage.layout;

import java.util.Arrays;

/**
 * The layered graph with a dummy node in every layer a long edge crosses, so every segment joins adjacent layers.
 * Real nodes keep their indices; dummies follow. Edges that do not point right get no segments.
 */
record SegmentGraph(int realCount, int[] layer, int layerCount, Adjacency segments, int[] chainStart, int[] chain) {

    static SegmentGraph build(LayoutProblem problem, int[] realLayer) {
        int n = problem.nodeCount();
        int m = problem.edgeCount();
        int[] chainStart = new int[m + 1];
        int segmentCount = 0;
        for (int e = 0; e < m; e++) {
            int span = realLayer[problem.to()[e]] - realLayer[problem.from()[e]];
            chainStart[e + 1] = chainStart[e] + Math.max(0, span - 1);
            segmentCount += Math.max(0, span);
        }
        int total = n + chainStart[m];
        int[] layer = Arrays.copyOf(realLayer, total);
        int[] chain = new int[chainStart[m]];
        int[] from = new int[segmentCount];
        int[] to = new int[segmentCount];
        int s = 0;
        int layerCount = 0;
        for (int v = 0; v < n; v++) {
            layerCount = Math.max(layerCount, realLayer[v] + 1);
        }
        for (int e = 0; e < m; e++) {
            int u = problem.from()[e];
            int v = problem.to()[e];
            if (realLayer[v] <= realLayer[u]) {
                continue;
            }
            int previous = u;
            for (int k = chainStart[e]; k < chainStart[e + 1]; k++) {
                int dummy = n + k;
                chain[k] = dummy;
                layer[dummy] = layer[previous] + 1;
                from[s] = previous;
                to[s++] = dummy;
                previous = dummy;
            }
            from[s] = previous;
            to[s++] = v;
        }
        return new SegmentGraph(n, layer, layerCount, Adjacency.of(total, from, to), chainStart, chain);
    }

    int nodeCount() {
        return layer.length;
    }

    boolean isDummy(int v) {
        return v >= realCount;
    }

    int[] dummies(int edge) {
        return Arrays.copyOfRange(chain, chainStart[edge], chainStart[edge + 1]);
    }
}
