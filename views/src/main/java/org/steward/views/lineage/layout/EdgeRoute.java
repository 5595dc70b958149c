package org.steward.views.lineage.layout;

import org.steward.model.lineage.LineageEdge;

/**
 * A laid-out edge between two node boxes (indices into {@link GraphLayout#nodes()}), as a polyline of x, y pairs,
 * with its bounding box for culling.
 */
public record EdgeRoute(LineageEdge edge, int fromIndex, int toIndex, double[] points, double minX, double minY,
                        double maxX, double maxY) {

    public static EdgeRoute of(LineageEdge edge, int fromIndex, int toIndex, double[] points) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < points.length; i += 2) {
            minX = Math.min(minX, points[i]);
            maxX = Math.max(maxX, points[i]);
            minY = Math.min(minY, points[i + 1]);
            maxY = Math.max(maxY, points[i + 1]);
        }
        return new EdgeRoute(edge, fromIndex, toIndex, points, minX, minY, maxX, maxY);
    }

    public int pointCount() {
        return points.length / 2;
    }
}
