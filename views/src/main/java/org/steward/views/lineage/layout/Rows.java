package org.steward.views.lineage.layout;

import java.util.List;

/** Vertical placement: each layer keeps its order, nodes sit near their neighbours' centres without overlapping. */
final class Rows {
    private static final int PASSES = 4;

    private Rows() {
    }

    static double[] place(SegmentGraph graph, List<int[]> layers, double[] realHeights, double gap) {
        int total = graph.nodeCount();
        double[] height = new double[total];
        System.arraycopy(realHeights, 0, height, 0, realHeights.length);
        double[] y = new double[total];
        for (int[] layer : layers) {
            double at = 0;
            for (int i = 0; i < layer.length; i++) {
                y[layer[i]] = at;
                at += height[layer[i]] + spacing(graph, layer, i, gap);
            }
        }
        Adjacency adjacency = graph.segments();
        for (int pass = 0; pass < PASSES; pass++) {
            boolean right = pass % 2 == 0;
            for (int k = 1; k < layers.size(); k++) {
                int l = right ? k : layers.size() - 1 - k;
                align(graph, layers.get(l), y, height, gap, right ? adjacency.inStart() : adjacency.outStart(),
                        right ? adjacency.inSource() : adjacency.outTarget());
            }
        }
        double min = Double.MAX_VALUE;
        for (int v = 0; v < total; v++) {
            min = Math.min(min, y[v]);
        }
        for (int v = 0; v < total; v++) {
            y[v] -= min;
        }
        return y;
    }

    private static double spacing(SegmentGraph graph, int[] layer, int i, double gap) {
        boolean dummy = graph.isDummy(layer[i]) || i + 1 < layer.length && graph.isDummy(layer[i + 1]);
        return dummy ? gap / 4 : gap;
    }

    private static void align(SegmentGraph graph, int[] layer, double[] y, double[] height, double gap, int[] start,
                              int[] neighbour) {
        if (layer.length == 0) {
            return;
        }
        double[] desired = new double[layer.length];
        for (int i = 0; i < layer.length; i++) {
            int v = layer[i];
            int degree = start[v + 1] - start[v];
            if (degree == 0) {
                desired[i] = y[v];
                continue;
            }
            double sum = 0;
            for (int j = start[v]; j < start[v + 1]; j++) {
                int w = neighbour[j];
                sum += y[w] + height[w] / 2;
            }
            desired[i] = sum / degree - height[v] / 2;
        }
        double[] target = new double[layer.length];
        double[] offset = new double[layer.length];
        for (int i = 1; i < layer.length; i++) {
            offset[i] = offset[i - 1] + height[layer[i - 1]] + spacing(graph, layer, i - 1, gap);
        }
        for (int i = 0; i < layer.length; i++) {
            target[i] = desired[i] - offset[i];
        }
        double[] z = isotonic(target);
        for (int i = 0; i < layer.length; i++) {
            y[layer[i]] = z[i] + offset[i];
        }
    }

    /** Pool-adjacent-violators: the non-decreasing sequence closest (least squares) to the targets. */
    static double[] isotonic(double[] target) {
        int n = target.length;
        double[] sum = new double[n];
        int[] count = new int[n];
        int blocks = 0;
        for (double value : target) {
            sum[blocks] = value;
            count[blocks] = 1;
            blocks++;
            while (blocks > 1 && sum[blocks - 2] / count[blocks - 2] > sum[blocks - 1] / count[blocks - 1]) {
                sum[blocks - 2] += sum[blocks - 1];
                count[blocks - 2] += count[blocks - 1];
                blocks--;
            }
        }
        double[] result = new double[n];
        int at = 0;
        for (int b = 0; b < blocks; b++) {
            double mean = sum[b] / count[b];
            for (int k = 0; k < count[b]; k++) {
                result[at++] = mean;
            }
        }
        return result;
    }
}
