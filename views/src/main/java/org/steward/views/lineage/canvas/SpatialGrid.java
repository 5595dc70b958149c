package org.steward.views.lineage.canvas;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.steward.views.lineage.layout.GraphLayout;
import org.steward.views.lineage.layout.NodeBox;

/** Buckets node boxes into square cells so drawing and hit-testing touch only what is on screen. */
public final class SpatialGrid {
    private static final double CELL = 400;

    private final GraphLayout layout;
    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private final int[] entries;
    private final int[] stamp;
    private int generation;

    public SpatialGrid(GraphLayout layout) {
        this.layout = layout;
        this.columns = Math.max(1, (int) Math.ceil(layout.width() / CELL) + 1);
        this.rows = Math.max(1, (int) Math.ceil(layout.height() / CELL) + 1);
        int[] counts = new int[columns * rows + 1];
        for (NodeBox box : layout.nodes()) {
            forCells(box, cell -> counts[cell + 1]++);
        }
        for (int i = 1; i < counts.length; i++) {
            counts[i] += counts[i - 1];
        }
        this.cellStart = counts.clone();
        this.entries = new int[counts[counts.length - 1]];
        int[] fill = counts.clone();
        for (int i = 0; i < layout.nodes().size(); i++) {
            int index = i;
            forCells(layout.nodes().get(i), cell -> entries[fill[cell]++] = index);
        }
        this.stamp = new int[layout.nodes().size()];
    }

    /** Calls {@code visitor} once for every node whose box may intersect the world rectangle. */
    public void query(double minX, double minY, double maxX, double maxY, IntConsumer visitor) {
        if (++generation == Integer.MAX_VALUE) {
            generation = 1;
            Arrays.fill(stamp, 0);
        }
        int c0 = cellX(minX);
        int c1 = cellX(maxX);
        int r0 = cellY(minY);
        int r1 = cellY(maxY);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * columns + c;
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    int node = entries[k];
                    if (stamp[node] != generation) {
                        stamp[node] = generation;
                        visitor.accept(node);
                    }
                }
            }
        }
    }

    /** The topmost node containing the world point, or -1. */
    public int nodeAt(double x, double y) {
        int[] found = {-1};
        query(x, y, x, y, index -> {
            if (layout.nodes().get(index).contains(x, y)) {
                found[0] = index;
            }
        });
        return found[0];
    }

    private void forCells(NodeBox box, IntConsumer action) {
        for (int r = cellY(box.y()); r <= cellY(box.y() + box.height()); r++) {
            for (int c = cellX(box.x()); c <= cellX(box.x() + box.width()); c++) {
                action.accept(r * columns + c);
            }
        }
    }

    private int cellX(double x) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor(x / CELL)));
    }

    private int cellY(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor(y / CELL)));
    }
}
