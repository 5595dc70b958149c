package org.steward.views.lineage.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Orders each layer by the barycenter of its neighbours, sweeping right and left a few times. */
final class Ordering {

    private Ordering() {
    }

    static List<int[]> barycenter(SegmentGraph graph, int sweeps) {
        int total = graph.nodeCount();
        int[] size = new int[graph.layerCount()];
        for (int v = 0; v < total; v++) {
            size[graph.layer()[v]]++;
        }
        List<int[]> layers = new ArrayList<>(graph.layerCount());
        for (int l = 0; l < graph.layerCount(); l++) {
            layers.add(new int[size[l]]);
        }
        int[] fill = new int[graph.layerCount()];
        double[] position = new double[total];
        for (int v : initialOrder(graph)) {
            int l = graph.layer()[v];
            position[v] = fill[l];
            layers.get(l)[fill[l]++] = v;
        }
        Adjacency adjacency = graph.segments();
        for (int sweep = 0; sweep < sweeps; sweep++) {
            boolean right = sweep % 2 == 0;
            for (int k = 1; k < layers.size(); k++) {
                int l = right ? k : layers.size() - 1 - k;
                reorder(layers.get(l), position, right ? adjacency.inStart() : adjacency.outStart(),
                        right ? adjacency.inSource() : adjacency.outTarget());
            }
        }
        return layers;
    }

    /** Depth-first from the first layer's nodes, so connected nodes start out close together. */
    private static int[] initialOrder(SegmentGraph graph) {
        int total = graph.nodeCount();
        Adjacency adjacency = graph.segments();
        int[] order = new int[total];
        boolean[] seen = new boolean[total];
        int[] stack = new int[total];
        int count = 0;
        for (int root = 0; root < total; root++) {
            if (seen[root] || adjacency.inDegree(root) > 0) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            seen[root] = true;
            while (top > 0) {
                int v = stack[--top];
                order[count++] = v;
                for (int i = adjacency.outStart()[v + 1] - 1; i >= adjacency.outStart()[v]; i--) {
                    int w = adjacency.outTarget()[i];
                    if (!seen[w]) {
                        seen[w] = true;
                        stack[top++] = w;
                    }
                }
            }
        }
        for (int v = 0; v < total; v++) {
            if (!seen[v]) {
                order[count++] = v;
            }
        }
        return order;
    }

    private static void reorder(int[] layer, double[] position, int[] start, int[] neighbour) {
        double[] bary = new double[layer.length];
        for (int i = 0; i < layer.length; i++) {
            int v = layer[i];
            int degree = start[v + 1] - start[v];
            if (degree == 0) {
                bary[i] = position[v];
            } else {
                double sum = 0;
                for (int j = start[v]; j < start[v + 1]; j++) {
                    sum += position[neighbour[j]];
                }
                bary[i] = sum / degree;
            }
        }
        Integer[] index = new Integer[layer.length];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        Arrays.sort(index, (a, b) -> a.equals(b) ? 0 : bary[a] != bary[b] ? Double.compare(bary[a], bary[b])
                : Integer.compare(a, b));
        int[] copy = layer.clone();
        for (int i = 0; i < index.length; i++) {
            layer[i] = copy[index[i]];
            position[layer[i]] = i;
        }
    }
}
