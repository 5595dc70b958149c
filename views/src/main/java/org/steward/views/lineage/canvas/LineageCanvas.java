package org.steward.views.lineage.canvas;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.steward.views.lineage.layout.EdgeRoute;
import org.steward.views.lineage.layout.GraphLayout;
import org.steward.views.lineage.layout.NodeBox;

/**
 * The lineage graph on one {@link Canvas}: pan by dragging, zoom with the wheel, a pinch or +/−, fit with 0, a
 * minimap in the corner. Redraws are coalesced to one per pulse. A pan copies the last full frame and the margin
 * tiles around it, which idle moments draw ahead ({@link #drawMarginTile}). While a zoom gesture goes on, frames show
 * the last crisp frame scaled; {@link #SETTLE} after the last zoom step the graph is drawn crisply at the new scale.
 */
public final class LineageCanvas extends Region {
    private static final double ZOOM_STEP = 1.25;
    private static final double FIT_MARGIN = 32;
    private static final double EDGE_HIT_PIXELS = 6;
    private static final double READABLE_SCALE = 0.8;
    /** Below this a fitted graph shows as coloured specks; the first view then shows the focus readably instead. */
    private static final double SMALLEST_FIRST_FIT = 0.2;
    /** Quiet time after a zoom step before the graph is redrawn crisply. */
    static final Duration SETTLE = Duration.millis(180);

    private final Canvas canvas = new Canvas();
    private final Minimap minimap;
    private final ThemeTokens tokens = new ThemeTokens();
    private final GraphRenderer renderer = new GraphRenderer();
    private final Viewport viewport = new Viewport();
    private final FrameCache frames = new FrameCache();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private boolean zooming;
    private GraphPalette palette = GraphPalette.light();
    private GraphLayout layout = GraphLayout.empty();
    private SpatialGrid grid = new SpatialGrid(layout);
    private RenderState state = RenderState.empty();
    private CanvasListener listener;
    private boolean redrawQueued;
    private boolean marginQueued;
    private boolean fitPending;
    private boolean autoFit;
    private Long fitFocus;
    private double dragX;
    private double dragY;
    private boolean dragged;

    public LineageCanvas() {
        getStyleClass().add("lineage-canvas");
        setId("lineage-canvas");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText("Lineage graph");
        minimap = new Minimap(this::centerOnWorld);
        getChildren().add(canvas);
        tokens.probes().forEach(getChildren()::add);
        getChildren().add(minimap.node());
        tokens.sentinel().backgroundProperty().addListener((observable, old, now) -> themeChanged());
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::drag);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::moved);
        canvas.setOnScroll(this::scrolled);
        canvas.setOnZoom(this::pinched);
        canvas.setOnContextMenuRequested(event -> {
            if (listener != null) {
                double wx = viewport.worldX(event.getX());
                double wy = viewport.worldY(event.getY());
                int node = grid.nodeAt(wx, wy);
                listener.contextMenu(node >= 0 ? layout.nodes().get(node).node().id() : null,
                        node >= 0 ? null : edgeAt(wx, wy), event.getScreenX(), event.getScreenY());
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        settle.setOnFinished(event -> settleZoom());
    }

    public void setListener(CanvasListener listener) {
        this.listener = listener;
    }

    /** Shows a new layout, fitted to the canvas. */
    public void setGraph(GraphLayout next) {
        setGraph(next, null);
    }

    /**
     * Shows a new layout at 100 %, centred, when it fits the window so, else fitted to the window; a graph so large
     * that the fit would shrink it below {@value #SMALLEST_FIRST_FIT} is shown at a readable scale centred on
     * {@code focusId} instead (Fit still shows everything). Until the user pans or zooms, a change of the window's
     * size applies this again.
     */
    public void setGraph(GraphLayout next, Long focusId) {
        layout = next;
        grid = new SpatialGrid(next);
        frames.invalidate();
        minimap.drawGraph(next, palette);
        fitPending = true;
        autoFit = true;
        fitFocus = focusId;
        requestLayout();
        requestRedraw();
    }

    public GraphLayout graph() {
        return layout;
    }

    public void setRenderState(RenderState next) {
        state = next;
        frames.invalidate();
        requestRedraw();
    }

    public Viewport viewport() {
        return viewport;
    }

    public void zoomIn() {
        zoomAt(ZOOM_STEP, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(1 / ZOOM_STEP, getWidth() / 2, getHeight() / 2);
    }

    /**
     * One step of a zoom gesture around a screen point: the next frames scale the last crisp frame, and the graph
     * is drawn crisply once no step has come for {@link #SETTLE}.
     */
    public void zoomAt(double factor, double screenX, double screenY) {
        autoFit = false;
        viewport.zoomAt(factor, screenX, screenY);
        zooming = true;
        settle.playFromStart();
        requestRedraw();
    }

    /** Ends a zoom gesture now: draws the graph crisply at the current scale; returns the nodes drawn. */
    public int settleZoom() {
        settle.stop();
        zooming = false;
        return redrawNow();
    }

    /** Whether frames are scaled stand-ins until the current zoom gesture settles. */
    public boolean zooming() {
        return zooming;
    }

    public void fit() {
        endZoom();
        autoFit = false;
        viewport.fit(layout.width(), layout.height(), getWidth(), getHeight(), FIT_MARGIN);
        requestRedraw();
    }

    /** Centres the view on a node, zooming in to a readable scale if needed. */
    public void centerOn(long nodeId) {
        layout.indexOf(nodeId).ifPresent(index -> {
            NodeBox box = layout.nodes().get(index);
            endZoom();
            autoFit = false;
            if (viewport.scale() < READABLE_SCALE) {
                viewport.set(1, viewport.translateX(), viewport.translateY());
            }
            viewport.centerOn(box.centerX(), box.centerY(), getWidth(), getHeight());
            requestRedraw();
        });
    }

    /** The current view as an image, without the minimap. */
    public WritableImage snapshotView() {
        endZoom();
        redrawNow();
        return canvas.snapshot(null, null);
    }

    public void requestRedraw() {
        if (!redrawQueued) {
            redrawQueued = true;
            Platform.runLater(() -> {
                if (redrawQueued) {
                    redrawNow();
                }
            });
        }
    }

    /**
     * One step of idle work ahead of a pan: keeps the last full frame as an image, or draws one missing tile of the
     * margin around the window. Returns false when there is nothing left to do or it cannot be done now (a zoom
     * gesture or a redraw is pending). Each step is scheduled by itself after a frame; tests call it directly.
     */
    public boolean drawMarginTile() {
        if (zooming || redrawQueued) {
            return false;
        }
        return frames.drawNextMarginTile(canvas, renderer, inputs());
    }

    private void scheduleMargin() {
        if (!marginQueued && !zooming) {
            marginQueued = true;
            Platform.runLater(() -> {
                marginQueued = false;
                if (drawMarginTile()) {
                    scheduleMargin();
                }
            });
        }
    }

    private FrameCache.FrameInputs inputs() {
        return new FrameCache.FrameInputs(layout, grid, viewport, palette, state);
    }

    /**
     * Draws at once; returns the number of nodes drawn, or a negative number when the frame came from the frame
     * cache alone (a pan within the drawn margin, or a scaled frame during a zoom gesture).
     */
    public int redrawNow() {
        redrawQueued = false;
        if (fitPending && autoFit && getWidth() > 0 && getHeight() > 0) {
            fitPending = false;
            viewport.fit(layout.width(), layout.height(), getWidth(), getHeight(), FIT_MARGIN);
            if (fitFocus != null && viewport.scale() < SMALLEST_FIRST_FIT && layout.indexOf(fitFocus).isPresent()) {
                NodeBox box = layout.nodes().get(layout.indexOf(fitFocus).getAsInt());
                viewport.set(READABLE_SCALE, 0, 0);
                viewport.centerOn(box.centerX(), box.centerY(), getWidth(), getHeight());
            }
        }
        boolean scaled = zooming && frames.canScale(viewport, canvas.getWidth(), canvas.getHeight());
        int drawn = scaled ? frames.drawScaled(canvas, viewport, palette) : frames.draw(canvas, renderer, inputs());
        minimap.drawViewport(viewport, canvas.getWidth(), canvas.getHeight(), palette);
        minimap.showIfUseful(viewport, layout, getWidth(), getHeight());
        if (!scaled) {
            scheduleMargin();
        }
        return drawn;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            fitPending |= autoFit;
            requestRedraw();
        }
        minimap.node().resizeRelocate(width - Minimap.WIDTH - 12, height - Minimap.HEIGHT - 12, Minimap.WIDTH,
                Minimap.HEIGHT);
        minimap.showIfUseful(viewport, layout, width, height);
    }

    private void endZoom() {
        settle.stop();
        zooming = false;
    }

    private void themeChanged() {
        palette = tokens.palette();
        frames.invalidate();
        minimap.drawGraph(layout, palette);
        requestRedraw();
    }

    private void centerOnWorld(double x, double y) {
        autoFit = false;
        viewport.centerOn(x, y, getWidth(), getHeight());
        requestRedraw();
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        dragX = event.getX();
        dragY = event.getY();
        dragged = false;
    }

    private void drag(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY && event.getButton() != MouseButton.MIDDLE) {
            return;
        }
        autoFit = false;
        viewport.pan(event.getX() - dragX, event.getY() - dragY);
        dragged |= Math.hypot(event.getX() - dragX, event.getY() - dragY) > 0;
        dragX = event.getX();
        dragY = event.getY();
        requestRedraw();
    }

    private void released(MouseEvent event) {
        if (dragged || event.getButton() != MouseButton.PRIMARY || listener == null) {
            return;
        }
        int node = grid.nodeAt(viewport.worldX(event.getX()), viewport.worldY(event.getY()));
        if (node < 0) {
            listener.backgroundClicked();
            return;
        }
        long id = layout.nodes().get(node).node().id();
        if (event.getClickCount() == 2) {
            listener.nodeDoubleClicked(id);
        } else {
            listener.nodeClicked(id, event.isShortcutDown() || event.isShiftDown());
        }
    }

    private void moved(MouseEvent event) {
        int node = grid.nodeAt(viewport.worldX(event.getX()), viewport.worldY(event.getY()));
        long id = node < 0 ? RenderState.NONE : layout.nodes().get(node).node().id();
        if (id != state.hovered()) {
            state = state.withHovered(id);
            if (viewport.scale() >= GraphRenderer.DETAIL_SCALE) {
                frames.invalidate();
            }
            setCursor(node < 0 ? javafx.scene.Cursor.DEFAULT : javafx.scene.Cursor.HAND);
            requestRedraw();
        }
    }

    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() == 0) {
            return;
        }
        zoomAt(Math.pow(1.0015, event.getDeltaY()), event.getX(), event.getY());
        event.consume();
    }

    private void pinched(ZoomEvent event) {
        zoomAt(event.getZoomFactor(), event.getX(), event.getY());
        event.consume();
    }

    private void key(KeyEvent event) {
        double step = 60;
        switch (event.getCode()) {
            case PLUS, ADD, EQUALS -> zoomIn();
            case MINUS, SUBTRACT -> zoomOut();
            case DIGIT0, NUMPAD0 -> fit();
            case LEFT -> viewport.pan(step, 0);
            case RIGHT -> viewport.pan(-step, 0);
            case UP -> viewport.pan(0, step);
            case DOWN -> viewport.pan(0, -step);
            default -> {
                return;
            }
        }
        if (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.RIGHT || event.getCode() == KeyCode.UP
                || event.getCode() == KeyCode.DOWN) {
            autoFit = false;
            requestRedraw();
        }
        event.consume();
    }

    private EdgeRoute edgeAt(double wx, double wy) {
        double tolerance = EDGE_HIT_PIXELS / viewport.scale();
        EdgeRoute best = null;
        double bestDistance = tolerance;
        for (EdgeRoute route : layout.edges()) {
            if (!GraphRenderer.intersects(route.minX() - tolerance, route.minY() - tolerance,
                    route.maxX() + tolerance, route.maxY() + tolerance, wx, wy, wx, wy)) {
                continue;
            }
            double[] p = route.points();
            for (int i = 0; i + 3 < p.length; i += 2) {
                double distance = segmentDistance(wx, wy, p[i], p[i + 1], p[i + 2], p[i + 3]);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = route;
                }
            }
        }
        return best;
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
