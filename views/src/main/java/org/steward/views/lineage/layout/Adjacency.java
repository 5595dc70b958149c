package org.steward.views.lineage.layout;

/** Compressed in- and out-neighbour lists of a directed graph over node indices (self-loops dropped). */
record Adjacency(int nodeCount, int[] outStart, int[] outTarget, int[] inStart, int[] inSource) {

    static Adjacency of(int n, int[] from, int[] to) {
        int[] outDegree = new int[n + 1];
        int[] inDegree = new int[n + 1];
        for (int e = 0; e < from.length; e++) {
            if (from[e] != to[e]) {
                outDegree[from[e] + 1]++;
                inDegree[to[e] + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            outDegree[v + 1] += outDegree[v];
            inDegree[v + 1] += inDegree[v];
        }
        int[] outTarget = new int[outDegree[n]];
        int[] inSource = new int[inDegree[n]];
        int[] outFill = outDegree.clone();
        int[] inFill = inDegree.clone();
        for (int e = 0; e < from.length; e++) {
            if (from[e] != to[e]) {
                outTarget[outFill[from[e]]++] = to[e];
                inSource[inFill[to[e]]++] = from[e];
            }
        }
        return new Adjacency(n, outDegree, outTarget, inDegree, inSource);
    }

    int outDegree(int v) {
        return outStart[v + 1] - outStart[v];
    }

    int inDegree(int v) {
        return inStart[v + 1] - inStart[v];
    }
}
