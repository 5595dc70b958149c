package org.steward.views.lineage.layout;

/**
 * Boxes and directed edges to arrange left to right, by index: node {@code i} is {@code widths[i]} by
 * {@code heights[i]}; edge {@code e} runs from node {@code from[e]} to node {@code to[e]}.
 */
public record LayoutProblem(double[] widths, double[] heights, int[] from, int[] to) {

    public LayoutProblem {
        if (widths.length != heights.length || from.length != to.length) {
            throw new IllegalArgumentException("sizes and edge ends must match in length");
        }
    }

    public int nodeCount() {
        return widths.length;
    }

    public int edgeCount() {
        return from.length;
    }
}
