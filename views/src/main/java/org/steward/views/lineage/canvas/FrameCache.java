package org.steward.views.lineage.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Keeps the last fully drawn frame as an image, with {@link MarginTiles} around it that are drawn ahead of need in idle
 * time ({@link #drawNextMarginTile}). A pan at the same scale copies the frame shifted and the tiles that came into
 * view, drawing the graph only for tiles not drawn yet, so dragging a 10,000-node graph stays cheap even on the
 * software pipeline. During a zoom gesture
 * the last crisp frame is drawn scaled ({@link #drawScaled}) until the gesture settles. Anything else (new graph,
 * selection, theme, size) invalidates it and the next frame is drawn in full.
 */
final class FrameCache {
    /** {@link #draw} and {@link #drawScaled} return this instead of a node count when they blitted the cache. */
    static final int FROM_CACHE = -1;
    /** How far a scaled frame may stray from the cached scale before it is too blurred or too small to show. */
    private static final double MAX_STRETCH = 4;

    private final SnapshotParameters parameters = new SnapshotParameters();
    private WritableImage image;
    private WritableImage spare;
    private final MarginTiles margin = new MarginTiles();
    private boolean valid;
    private boolean captured;
    private int frameWidth;
    private int frameHeight;
    private double scale;
    private double translateX;
    private double translateY;
    private double lastX;
    private double lastY;
    private double motionX;
    private double motionY;

    FrameCache() {
        parameters.setFill(Color.TRANSPARENT);
    }

    void invalidate() {
        valid = false;
    }

    /** Whether the cached frame can stand in, scaled, for one at the viewport's scale on a canvas of this size. */
    boolean canScale(Viewport viewport, double width, double height) {
        double stretch = viewport.scale() / scale;
        return sameSize(width, height) && stretch <= MAX_STRETCH && stretch >= 1 / MAX_STRETCH;
    }

    /**
     * Draws the cached frame scaled and shifted to the viewport, without touching the graph and without replacing
     * the cache, so a run of zoom steps always scales the last crisp frame. Uncovered margins get the background.
     * Nearest-neighbour scaling: smoothing costs the software pipeline several times more per pixel.
     */
    int drawScaled(Canvas canvas, Viewport viewport, GraphPalette palette) {
        capture(canvas);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        double stretch = viewport.scale() / scale;
        double x = viewport.translateX() - translateX * stretch;
        double y = viewport.translateY() - translateY * stretch;
        double scaledWidth = width * stretch;
        double scaledHeight = height * stretch;
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        gc.setFill(palette.background());
        if (x > 0 || y > 0 || x + scaledWidth < width || y + scaledHeight < height) {
            gc.fillRect(0, 0, width, Math.max(0, y));
            gc.fillRect(0, y + scaledHeight, width, Math.max(0, height - y - scaledHeight));
            gc.fillRect(0, 0, Math.max(0, x), height);
            gc.fillRect(x + scaledWidth, 0, Math.max(0, width - x - scaledWidth), height);
        }
        gc.setImageSmoothing(false);
        gc.drawImage(image, x, y, scaledWidth, scaledHeight);
        gc.setImageSmoothing(true);
        return FROM_CACHE;
    }

    /**
     * Draws the frame, from the cache when only the translation changed: the last full frame shifted plus the margin
     * tiles around it; where a tile is still missing, the graph is drawn on screen for the part in view. A pan that
     * would leave more than half the window to draw so draws the frame in full and anchors the cache there. Returns
     * the nodes drawn ({@link #FROM_CACHE} when the frame was copied from images alone).
     */
    int draw(Canvas canvas, GraphRenderer renderer, FrameInputs in) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        Viewport viewport = in.viewport();
        if (panOnly(viewport, width, height)) {
            double dx = viewport.translateX() - translateX;
            double dy = viewport.translateY() - translateY;
            if (dx != lastX || dy != lastY) {
                motionX = dx - lastX;
                motionY = dy - lastY;
            }
            lastX = dx;
            lastY = dy;
            if (missingArea(dx, dy, width, height) <= width * height / 2) {
                capture(canvas);
                return drawPanned(gc, renderer, in, dx, dy, width, height);
            }
        }
        int drawn = renderer.draw(gc, in.layout(), in.grid(), viewport, width, height, in.palette(), in.state());
        if (width >= 1 && height >= 1) {
            valid = true;
            captured = false;
            frameWidth = (int) width;
            frameHeight = (int) height;
            scale = viewport.scale();
            translateX = viewport.translateX();
            translateY = viewport.translateY();
            lastX = 0;
            lastY = 0;
            margin.reset(width, height);
        }
        return drawn;
    }

    /**
     * One step of idle work: keeps the last full frame as an image if that is still to do, else draws one missing
     * tile: one in view (drawn on screen every frame until then) or else one of the ring around the window, the one
     * ahead of the latest pan first. Returns false when there was nothing
     * to do (or the cache does not match the viewport).
     */
    boolean drawNextMarginTile(Canvas canvas, GraphRenderer renderer, FrameInputs in) {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        Viewport viewport = in.viewport();
        if (!panOnly(viewport, width, height)) {
            return false;
        }
        if (!captured) {
            capture(canvas);
            return true;
        }
        double dx = viewport.translateX() - translateX;
        double dy = viewport.translateY() - translateY;
        int tw = margin.tileWidth();
        int th = margin.tileHeight();
        double motion = Math.hypot(motionX, motionY);
        double aheadX = -dx + width / 2 - (motion == 0 ? 0 : motionX / motion * width / 2);
        double aheadY = -dy + height / 2 - (motion == 0 ? 0 : motionY / motion * height / 2);
        int firstI = firstTile(-dx, tw);
        int lastI = lastTile(width - dx, tw);
        int firstJ = firstTile(-dy, th);
        int lastJ = lastTile(height - dy, th);
        int[] best = nearestMissing(firstI, lastI, firstJ, lastJ, aheadX, aheadY, width, height);
        if (best == null) {
            best = nearestMissing(firstI - 1, lastI + 1, firstJ - 1, lastJ + 1, aheadX, aheadY, width, height);
        }
        if (best == null) {
            return false;
        }
        margin.render(best[0], best[1], translateX, translateY, renderer, in, firstTile(-dx + width / 2, tw),
                firstTile(-dy + height / 2, th));
        return true;
    }

    /** The missing tile in the range nearest to the point (in anchored screen units), or null when none is missing. */
    private int[] nearestMissing(int firstI, int lastI, int firstJ, int lastJ, double x, double y, double width,
                                 double height) {
        int tw = margin.tileWidth();
        int th = margin.tileHeight();
        int[] found = null;
        double best = Double.MAX_VALUE;
        for (int j = firstJ; j <= lastJ; j++) {
            for (int i = firstI; i <= lastI; i++) {
                if (covered(i, j, width, height) || margin.get(i, j) != null) {
                    continue;
                }
                double distance = Math.hypot((i + 0.5) * tw - x, (j + 0.5) * th - y);
                if (distance < best) {
                    best = distance;
                    found = new int[] {i, j};
                }
            }
        }
        return found;
    }

    private boolean panOnly(Viewport viewport, double width, double height) {
        return sameSize(width, height) && viewport.scale() == scale;
    }

    private boolean sameSize(double width, double height) {
        return valid && frameWidth == (int) width && frameHeight == (int) height;
    }

    /**
     * Keeps the canvas's pixels as the cached frame, once after each full frame: at the first idle moment or before
     * the next frame draws over them, whichever comes first.
     */
    private void capture(Canvas canvas) {
        if (captured) {
            return;
        }
        if (spare == null || spare.getWidth() != frameWidth || spare.getHeight() != frameHeight) {
            spare = new WritableImage(frameWidth, frameHeight);
        }
        WritableImage drawnFrom = image;
        image = canvas.snapshot(parameters, spare);
        spare = drawnFrom;
        captured = true;
    }

    private double missingArea(double dx, double dy, double width, double height) {
        int tw = margin.tileWidth();
        int th = margin.tileHeight();
        double area = 0;
        for (int j = firstTile(-dy, th); j <= lastTile(height - dy, th); j++) {
            for (int i = firstTile(-dx, tw); i <= lastTile(width - dx, tw); i++) {
                if (!covered(i, j, width, height) && margin.get(i, j) == null) {
                    area += visibleWidth(i, tw, dx, width) * visibleWidth(j, th, dy, height);
                }
            }
        }
        return area;
    }

    /** How much of tile i (of this size, shifted by offset) lies on a screen of this extent, along one axis. */
    private static double visibleWidth(int i, int size, double offset, double extent) {
        double from = Math.max(0, (double) i * size + offset);
        double to = Math.min(extent, (double) (i + 1) * size + offset);
        return Math.max(0, to - from);
    }

    private int drawPanned(GraphicsContext gc, GraphRenderer renderer, FrameInputs in, double dx, double dy,
                           double width, double height) {
        int tw = margin.tileWidth();
        int th = margin.tileHeight();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        if (Math.abs(dx) < width && Math.abs(dy) < height) {
            gc.drawImage(image, dx, dy);
        }
        List<double[]> missing = new ArrayList<>();
        for (int i = firstTile(-dx, tw); i <= lastTile(width - dx, tw); i++) {
            double[] run = null;
            for (int j = firstTile(-dy, th); j <= lastTile(height - dy, th); j++) {
                WritableImage tile = covered(i, j, width, height) ? null : margin.get(i, j);
                if (tile != null) {
                    gc.drawImage(tile, (double) i * tw + dx, (double) j * th + dy);
                }
                if (covered(i, j, width, height) || tile != null) {
                    run = null;
                    continue;
                }
                double[] rect = {Math.max(0, Math.floor((double) i * tw + dx)),
                    Math.max(0, Math.floor((double) j * th + dy)),
                    Math.min(width, Math.ceil((double) (i + 1) * tw + dx)),
                    Math.min(height, Math.ceil((double) (j + 1) * th + dy))};
                if (run != null) {
                    run[3] = rect[3];
                } else {
                    run = rect;
                    missing.add(run);
                }
            }
        }
        int drawn = FROM_CACHE;
        for (double[] rect : mergeRows(missing)) {
            if (rect[2] > rect[0] && rect[3] > rect[1]) {
                drawn = Math.max(drawn, 0) + renderer.drawArea(gc, in.layout(), in.grid(), in.viewport(), rect[0],
                        rect[1], rect[2] - rect[0], rect[3] - rect[1], in.palette(), in.state());
            }
        }
        return drawn;
    }

    /** Joins side-by-side rectangles (x0, y0, x1, y1) that span the same rows, so a band is drawn in one go. */
    private static List<double[]> mergeRows(List<double[]> rects) {
        List<double[]> merged = new ArrayList<>();
        for (double[] rect : rects) {
            double[] joined = null;
            for (double[] other : merged) {
                if (other[1] == rect[1] && other[3] == rect[3] && other[2] == rect[0]) {
                    joined = other;
                    break;
                }
            }
            if (joined == null) {
                merged.add(rect);
            } else {
                joined[2] = rect[2];
            }
        }
        return merged;
    }

    /** Whether tile (i, j) lies wholly inside the last full frame, which is drawn instead. */
    private boolean covered(int i, int j, double width, double height) {
        return i >= 0 && j >= 0 && (i + 1) * margin.tileWidth() <= width && (j + 1) * margin.tileHeight() <= height;
    }

    private static int firstTile(double from, int size) {
        return (int) Math.floor(from / size);
    }

    private static int lastTile(double to, int size) {
        return (int) Math.ceil(to / size) - 1;
    }

    /** What a frame is drawn from. */
    record FrameInputs(org.steward.views.lineage.layout.GraphLayout layout, SpatialGrid grid, Viewport viewport,
                       GraphPalette palette, RenderState state) {
    }
}
