package org.steward.views.lineage.layout;

/** Assigns layers: longest path from the sources, then each source moved right next to its nearest consumer. */
final class Layering {

    private Layering() {
    }

    static int[] longestPath(Adjacency graph) {
        int n = graph.nodeCount();
        int[] order = topologicalOrder(graph);
        int[] position = new int[n];
        for (int i = 0; i < n; i++) {
            position[order[i]] = i;
        }
        int[] layer = new int[n];
        for (int v : order) {
            for (int i = graph.inStart()[v]; i < graph.inStart()[v + 1]; i++) {
                int u = graph.inSource()[i];
                if (position[u] < position[v]) {
                    layer[v] = Math.max(layer[v], layer[u] + 1);
                }
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            int v = order[k];
            if (graph.inDegree(v) == 0 && graph.outDegree(v) > 0) {
                int nearest = Integer.MAX_VALUE;
                for (int i = graph.outStart()[v]; i < graph.outStart()[v + 1]; i++) {
                    int w = graph.outTarget()[i];
                    if (position[w] > position[v]) {
                        nearest = Math.min(nearest, layer[w]);
                    }
                }
                if (nearest != Integer.MAX_VALUE) {
                    layer[v] = Math.max(layer[v], nearest - 1);
                }
            }
        }
        return layer;
    }

    /** Kahn's order; nodes on cycles follow in index order, their back edges then point left and are ignored. */
    private static int[] topologicalOrder(Adjacency graph) {
        int n = graph.nodeCount();
        int[] remaining = new int[n];
        int[] queue = new int[n];
        boolean[] placed = new boolean[n];
        int head = 0;
        int tail = 0;
        for (int v = 0; v < n; v++) {
            remaining[v] = graph.inDegree(v);
            if (remaining[v] == 0) {
                queue[tail++] = v;
                placed[v] = true;
            }
        }
        int next = 0;
        while (tail < n) {
            while (head < tail) {
                int v = queue[head++];
                for (int i = graph.outStart()[v]; i < graph.outStart()[v + 1]; i++) {
                    int w = graph.outTarget()[i];
                    if (!placed[w] && --remaining[w] == 0) {
                        queue[tail++] = w;
                        placed[w] = true;
                    }
                }
            }
            while (tail < n && placed[next]) {
                next++;
            }
            if (tail < n) {
                queue[tail++] = next;
                placed[next] = true;
            }
        }
        return queue;
    }
}
