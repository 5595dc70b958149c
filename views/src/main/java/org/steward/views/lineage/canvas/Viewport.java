package org.steward.views.lineage.canvas;

/** The canvas's view of the graph: screen = world × scale + translation. Mutable, FX thread only. */
public final class Viewport {
    public static final double MIN_SCALE = 0.01;
    public static final double MAX_SCALE = 3;

    private double scale = 1;
    private double translateX;
    private double translateY;

    public double scale() {
        return scale;
    }

    public double translateX() {
        return translateX;
    }

    public double translateY() {
        return translateY;
    }

    public void set(double scale, double translateX, double translateY) {
        this.scale = clamp(scale);
        this.translateX = translateX;
        this.translateY = translateY;
    }

    public double worldX(double screenX) {
        return (screenX - translateX) / scale;
    }

    public double worldY(double screenY) {
        return (screenY - translateY) / scale;
    }

    public double screenX(double worldX) {
        return worldX * scale + translateX;
    }

    public double screenY(double worldY) {
        return worldY * scale + translateY;
    }

    public void pan(double dx, double dy) {
        translateX += dx;
        translateY += dy;
    }

    /** Zooms by {@code factor} keeping the world point under (screenX, screenY) in place. */
    public void zoomAt(double factor, double screenX, double screenY) {
        double wx = worldX(screenX);
        double wy = worldY(screenY);
        scale = clamp(scale * factor);
        translateX = screenX - wx * scale;
        translateY = screenY - wy * scale;
    }

    /** Shows the whole world rectangle inside the screen with a margin, never zooming in past 1. */
    public void fit(double worldWidth, double worldHeight, double screenWidth, double screenHeight, double margin) {
        double usableWidth = Math.max(1, screenWidth - 2 * margin);
        double usableHeight = Math.max(1, screenHeight - 2 * margin);
        scale = clamp(Math.min(1, Math.min(usableWidth / Math.max(1, worldWidth),
                usableHeight / Math.max(1, worldHeight))));
        translateX = (screenWidth - worldWidth * scale) / 2;
        translateY = (screenHeight - worldHeight * scale) / 2;
    }

    /** Puts the world point in the middle of the screen at the current scale. */
    public void centerOn(double worldX, double worldY, double screenWidth, double screenHeight) {
        translateX = screenWidth / 2 - worldX * scale;
        translateY = screenHeight / 2 - worldY * scale;
    }

    private static double clamp(double value) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
    }
}
