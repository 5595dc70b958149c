package org.steward.views.lineage.layout;

/**
 * Where a {@link LayoutProblem}'s boxes go (top-left corners) and each edge's polyline as x, y pairs.
 */
public record LayoutSolution(double[] x, double[] y, double[][] routes) {
}
