package org.steward.views.lineage.canvas;

import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import org.steward.views.lineage.layout.GraphLayout;
import org.steward.views.lineage.layout.NodeBox;

/**
 * The whole graph in a corner, with the visible part outlined; clicking or dragging in it moves the view there.
 * The graph layer is redrawn only when the layout or theme changes; the outline layer at every frame.
 */
final class Minimap {
    static final double WIDTH = 220;
    static final double HEIGHT = 140;
    private static final double PAD = 6;

    private final Canvas graph = new Canvas(WIDTH, HEIGHT);
    private final Canvas frame = new Canvas(WIDTH, HEIGHT);
    private final Pane root = new Pane(graph, frame);
    private double scale = 1;
    private double offsetX;
    private double offsetY;

    Minimap(BiConsumer<Double, Double> moveTo) {
        root.getStyleClass().add("lineage-minimap");
        root.setId("lineage-minimap");
        root.setPrefSize(WIDTH, HEIGHT);
        root.setMaxSize(WIDTH, HEIGHT);
        root.setAccessibleText("Minimap: click to move the view");
        frame.setOnMousePressed(event -> moveTo.accept(worldX(event.getX()), worldY(event.getY())));
        frame.setOnMouseDragged(event -> moveTo.accept(worldX(event.getX()), worldY(event.getY())));
    }

    Pane node() {
        return root;
    }

    void drawGraph(GraphLayout layout, GraphPalette palette) {
        GraphicsContext gc = graph.getGraphicsContext2D();
        gc.setGlobalAlpha(1);
        gc.setFill(palette.background());
        gc.fillRect(0, 0, WIDTH, HEIGHT);
        gc.setStroke(palette.cardBorder());
        gc.setLineWidth(1);
        gc.strokeRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1);
        scale = Math.min((WIDTH - 2 * PAD) / Math.max(1, layout.width()), (HEIGHT - 2 * PAD) / Math.max(1,
                layout.height()));
        offsetX = (WIDTH - layout.width() * scale) / 2;
        offsetY = (HEIGHT - layout.height() * scale) / 2;
        for (NodeBox box : layout.nodes()) {
            gc.setFill(CardPainter.typeColor(box.node().type(), palette));
            gc.fillRect(offsetX + box.x() * scale, offsetY + box.y() * scale, Math.max(1, box.width() * scale),
                    Math.max(1, box.height() * scale));
        }
    }

    /** Shown only when part of the graph is out of view: over a graph shown whole it would only hide a corner. */
    void showIfUseful(Viewport viewport, GraphLayout layout, double width, double height) {
        boolean wholeInView = viewport.worldX(0) <= 0 && viewport.worldY(0) <= 0
                && viewport.worldX(width) >= layout.width() && viewport.worldY(height) >= layout.height();
        root.setVisible(width > WIDTH * 2.5 && !layout.nodes().isEmpty() && !wholeInView);
    }

    void drawViewport(Viewport viewport, double width, double height, GraphPalette palette) {
        GraphicsContext gc = frame.getGraphicsContext2D();
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        double x = offsetX + viewport.worldX(0) * scale;
        double y = offsetY + viewport.worldY(0) * scale;
        double w = width / viewport.scale() * scale;
        double h = height / viewport.scale() * scale;
        double right = Math.min(WIDTH - 1, x + w);
        double bottom = Math.min(HEIGHT - 1, y + h);
        x = Math.max(1, x);
        y = Math.max(1, y);
        w = Math.max(0, right - x);
        h = Math.max(0, bottom - y);
        gc.setFill(palette.accent().deriveColor(0, 1, 1, 0.12));
        gc.fillRect(x, y, w, h);
        gc.setStroke(palette.accent());
        gc.setLineWidth(1.5);
        gc.strokeRect(x, y, w, h);
    }

    private double worldX(double x) {
        return (x - offsetX) / scale;
    }

    private double worldY(double y) {
        return (y - offsetY) / scale;
    }
}
