package org.steward.views.lineage.canvas;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Keeps the last drawn frame as an image. A pan at the same scale blits it shifted and draws only the strips that
 * came into view, so dragging a 10,000-node graph stays cheap even on the software pipeline. Anything else (zoom,
 * new graph, selection, theme, size) invalidates it and the next frame is drawn in full.
 */
final class FrameCache {
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

    /** Draws the frame, from the cache when only the translation changed; returns nodes drawn (-1 when blitted). */
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
            gc.setFill(in.palette().background());
            gc.fillRect(0, 0, width, height);
            gc.drawImage(image, dx, dy);
            drawn = -1;
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
