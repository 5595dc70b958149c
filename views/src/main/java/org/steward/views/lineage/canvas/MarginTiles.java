package org.steward.views.lineage.canvas;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The graph around the last full frame, cut into tiles a quarter of the window wide and high, at that frame's scale
 * and anchored to its translation: tile (i, j) shows the screen rectangle that starts at (i × tile width, j × tile
 * height) when the viewport has the anchor's translation. Tiles are drawn one at a time on an off-screen canvas and
 * kept as images, so a pan shows them with one image copy each instead of drawing the graph.
 */
final class MarginTiles {
    /** Tiles across (and down) one window. */
    static final int PER_WINDOW = 4;
    private static final int MAX_TILES = 48;

    private final Canvas paper = new Canvas();
    private final SnapshotParameters parameters = new SnapshotParameters();
    private final Map<Long, WritableImage> tiles = new HashMap<>();
    private final ArrayDeque<WritableImage> free = new ArrayDeque<>();
    private final Viewport tileViewport = new Viewport();
    private int tileWidth = 1;
    private int tileHeight = 1;

    MarginTiles() {
        parameters.setFill(Color.TRANSPARENT);
    }

    /** Forgets every tile and sizes them for a window of this size. */
    void reset(double windowWidth, double windowHeight) {
        int width = Math.max(1, (int) Math.ceil(windowWidth / PER_WINDOW));
        int height = Math.max(1, (int) Math.ceil(windowHeight / PER_WINDOW));
        if (width != tileWidth || height != tileHeight) {
            tiles.clear();
            free.clear();
            tileWidth = width;
            tileHeight = height;
            paper.setWidth(width);
            paper.setHeight(height);
        } else {
            free.addAll(tiles.values());
            tiles.clear();
        }
    }

    int tileWidth() {
        return tileWidth;
    }

    int tileHeight() {
        return tileHeight;
    }

    WritableImage get(int i, int j) {
        return tiles.get(key(i, j));
    }

    /**
     * Draws tile (i, j) of the frame anchored at translation (anchorX, anchorY) and keeps it; returns the nodes
     * drawn. Tiles far from (centreI, centreJ) make room when the store is full.
     */
    int render(int i, int j, double anchorX, double anchorY, GraphRenderer renderer, FrameCache.FrameInputs in,
               int centreI, int centreJ) {
        if (paper.getScene() == null) {
            new Scene(new Group(paper));
        }
        tileViewport.set(in.viewport().scale(), anchorX - (double) i * tileWidth, anchorY - (double) j * tileHeight);
        int drawn = renderer.draw(paper.getGraphicsContext2D(), in.layout(), in.grid(), tileViewport, tileWidth,
                tileHeight, in.palette(), in.state());
        if (tiles.size() >= MAX_TILES) {
            evictFarthest(centreI, centreJ);
        }
        WritableImage target = free.poll();
        if (target == null) {
            target = new WritableImage(tileWidth, tileHeight);
        }
        tiles.put(key(i, j), paper.snapshot(parameters, target));
        return drawn;
    }

    private void evictFarthest(int centreI, int centreJ) {
        long farthest = 0;
        long distance = -1;
        for (long key : tiles.keySet()) {
            long d = Math.max(Math.abs(column(key) - centreI), Math.abs(row(key) - centreJ));
            if (d > distance) {
                distance = d;
                farthest = key;
            }
        }
        free.add(tiles.remove(farthest));
    }

    private static long key(int i, int j) {
        return (long) i << 32 | j & 0xffffffffL;
    }

    private static int column(long key) {
        return (int) (key >> 32);
    }

    private static int row(long key) {
        return (int) key;
    }
}
