package org.steward.views.lineage.canvas;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Keeps the last drawn frame as an image. A pan at the same scale blits it shifted and draws only the strips that
 * came into view, so dragging a 10,000-node graph stays cheap even on the software pipeline. During a zoom gesture
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
    private boolean valid;
    private double scale;
    private double translateX;
    private double translateY;

    FrameCache() {
        parameters.setFill(Color.TRANSPARENT);
    }

    void invalidate() {
        valid = false;
    }

    /** Whether the cached frame can stand in, scaled, for one at the viewport's scale on a canvas of this size. */
    boolean canScale(Viewport viewport, double width, double height) {
        double stretch = viewport.scale() / scale;
        return valid && image != null && image.getWidth() == (int) width && image.getHeight() == (int) height
                && stretch <= MAX_STRETCH && stretch >= 1 / MAX_STRETCH;
    }

    /**
     * Draws the cached frame scaled and shifted to the viewport, without touching the graph and without replacing
     * the cache, so a run of zoom steps always scales the last crisp frame. Uncovered margins get the background.
     * Nearest-neighbour scaling: smoothing costs the software pipeline several times more per pixel.
     */
    int drawScaled(Canvas canvas, Viewport viewport, GraphPalette palette) {
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
     * Draws the frame, from the cache when only the translation changed; returns nodes drawn ({@link #FROM_CACHE}
     * when blitted).
     */
    int draw(Canvas canvas, GraphRenderer renderer, FrameInputs in) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        Viewport viewport = in.viewport();
        double dx = viewport.translateX() - translateX;
        double dy = viewport.translateY() - translateY;
        int drawn;
        boolean blit = valid && image != null && viewport.scale() == scale && Math.abs(dx) < width / 2
                && Math.abs(dy) < height / 2 && image.getWidth() == (int) width && image.getHeight() == (int) height;
        if (blit) {
            gc.setTransform(1, 0, 0, 1, 0, 0);
            gc.setGlobalAlpha(1);
            gc.drawImage(image, dx, dy);
            drawn = FROM_CACHE;
            if (dx > 0) {
                renderer.drawArea(gc, in.layout(), in.grid(), viewport, 0, 0, Math.ceil(dx) + 1, height, in.palette(),
                        in.state());
            } else if (dx < 0) {
                double from = Math.floor(width + dx) - 1;
                renderer.drawArea(gc, in.layout(), in.grid(), viewport, from, 0, width - from, height, in.palette(),
                        in.state());
            }
            if (dy > 0) {
                renderer.drawArea(gc, in.layout(), in.grid(), viewport, 0, 0, width, Math.ceil(dy) + 1, in.palette(),
                        in.state());
            } else if (dy < 0) {
                double from = Math.floor(height + dy) - 1;
                renderer.drawArea(gc, in.layout(), in.grid(), viewport, 0, from, width, height - from, in.palette(),
                        in.state());
            }
        } else {
            drawn = renderer.draw(gc, in.layout(), in.grid(), viewport, width, height, in.palette(), in.state());
        }
        if (width >= 1 && height >= 1) {
            if (spare == null || spare.getWidth() != (int) width || spare.getHeight() != (int) height) {
                spare = new WritableImage((int) width, (int) height);
            }
            WritableImage drawnFrom = image;
            image = canvas.snapshot(parameters, spare);
            spare = drawnFrom;
            valid = true;
            scale = viewport.scale();
            translateX = viewport.translateX();
            translateY = viewport.translateY();
        }
        return drawn;
    }

    /** What a frame is drawn from. */
    record FrameInputs(org.steward.views.lineage.layout.GraphLayout layout, SpatialGrid grid, Viewport viewport,
                       GraphPalette palette, RenderState state) {
    }
}
