package org.steward.views.lineage.canvas;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.LineageEdge;
import org.steward.views.lineage.layout.EdgeRoute;
import org.steward.views.lineage.layout.GraphLayout;
import org.steward.views.lineage.layout.GroupBox;
import org.steward.views.lineage.layout.NodeBox;

/**
 * Draws a laid-out graph for one viewport: culls to what is on screen, draws plain edges as one path and, below
 * {@link #DETAIL_SCALE}, nodes as bare rectangles without text or arrowheads.
 */
public final class GraphRenderer {
    public static final double DETAIL_SCALE = 0.45;
    /** Below this, plain edges are a grey smear a few pixels long: only marked edges are drawn. */
    public static final double EDGE_SCALE = 0.08;
    private static final double ARROW = 7;
    /** How far a card's drawing (the outline of the current find match) reaches outside its box, in world units. */
    private static final double OUTLINE = 8;

    private final CardPainter cards = new CardPainter();
    /** Indices of the edges in view: plain ones from the front, marked ones from the back. */
    private int[] visible = new int[0];

    /** Draws everything visible in a {@code width} × {@code height} screen area; returns the nodes drawn. */
    public int draw(GraphicsContext gc, GraphLayout layout, SpatialGrid grid, Viewport viewport, double width,
                    double height, GraphPalette palette, RenderState state) {
        return drawArea(gc, layout, grid, viewport, 0, 0, width, height, palette, state);
    }

    /** Draws only the screen rectangle (x, y, width, height), clipped to it: for strips exposed by a pan. */
    public int drawArea(GraphicsContext gc, GraphLayout layout, SpatialGrid grid, Viewport viewport, double x,
                        double y, double width, double height, GraphPalette palette, RenderState state) {
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        gc.setLineDashes();
        gc.beginPath();
        gc.rect(x, y, width, height);
        gc.clip();
        gc.setFill(palette.background());
        gc.fillRect(x, y, width, height);
        int drawn = drawContent(gc, layout, grid, viewport, viewport.worldX(x), viewport.worldY(y),
                viewport.worldX(x + width), viewport.worldY(y + height), palette, state);
        gc.restore();
        return drawn;
    }

    private int drawContent(GraphicsContext gc, GraphLayout layout, SpatialGrid grid, Viewport viewport,
                            double minX, double minY, double maxX, double maxY, GraphPalette palette,
                            RenderState state) {
        double scale = viewport.scale();
        gc.setTransform(scale, 0, 0, scale, viewport.translateX(), viewport.translateY());
        boolean detailed = scale >= DETAIL_SCALE;
        boolean dimOthers = !state.highlighted().isEmpty();
        for (GroupBox group : layout.groups()) {
            if (intersects(group.x(), group.y(), group.x() + group.width(), group.y() + group.height(),
                    minX, minY, maxX, maxY)) {
                cards.group(gc, group, palette, scale, detailed, state.diff().node(group.datasetId()));
            }
        }
        drawEdges(gc, layout, palette, state, scale, detailed, dimOthers, minX, minY, maxX, maxY);
        int[] drawn = {0};
        if (detailed) {
            grid.query(minX, minY, maxX, maxY, index -> {
                NodeBox box = layout.nodes().get(index);
                if (!intersects(box.x() - OUTLINE, box.y() - OUTLINE, box.x() + box.width() + OUTLINE,
                        box.y() + box.height() + OUTLINE, minX, minY, maxX, maxY)) {
                    return;
                }
                long id = box.node().id();
                gc.setGlobalAlpha(dimOthers && !state.highlighted().contains(id) ? 0.35 : 1);
                cards.card(gc, box, palette, state, viewport);
                drawn[0]++;
            });
            gc.setGlobalAlpha(1);
        } else {
            drawn[0] = drawBlocks(gc, layout, grid, palette, state, scale, minX, minY, maxX, maxY);
        }
        gc.setTransform(1, 0, 0, 1, 0, 0);
        return drawn[0];
    }

    private void drawEdges(GraphicsContext gc, GraphLayout layout, GraphPalette palette, RenderState state,
                           double scale, boolean detailed, boolean dimOthers, double minX, double minY, double maxX,
                           double maxY) {
        double thickness = Math.max(1.2, 1 / scale);
        gc.setLineWidth(thickness);
        gc.setStroke(dimOthers ? palette.edge().deriveColor(0, 1, 1, 0.35) : palette.edge());
        gc.setFill(gc.getStroke());
        List<EdgeRoute> routes = layout.edges();
        int plain = 0;
        int special = routes.size();
        if (visible.length < routes.size()) {
            visible = new int[routes.size()];
        }
        boolean marked = !state.highlighted().isEmpty() || !state.diff().isEmpty();
        for (int i = 0; i < routes.size(); i++) {
            EdgeRoute route = routes.get(i);
            if (intersects(route.minX(), route.minY(), route.maxX(), route.maxY(), minX, minY, maxX, maxY)) {
                if (route.edge().pending() != LineageEdge.PendingState.NONE || marked && isMarked(route, state)) {
                    visible[--special] = i;
                } else {
                    visible[plain++] = i;
                }
            }
        }
        if (scale >= EDGE_SCALE) {
            for (int k = 0; k < plain; k++) {
                traceVisible(gc, routes.get(visible[k]).points(), detailed, thickness, minX, minY, maxX, maxY);
            }
            if (detailed) {
                gc.beginPath();
                for (int k = 0; k < plain; k++) {
                    arrowhead(gc, routes.get(visible[k]).points());
                }
                gc.fill();
            }
        }
        if (special < routes.size()) {
            for (int k = routes.size() - 1; k >= special; k--) {
                drawSpecial(gc, routes.get(visible[k]), palette, state, scale, detailed);
            }
            gc.setLineDashes();
        }
    }

    /** Whether the edge is on a highlighted path or changed in the diff (pending edges are marked by themselves). */
    private static boolean isMarked(EdgeRoute route, RenderState state) {
        LineageEdge edge = route.edge();
        return state.diff().edge(edge.fromId(), edge.toId()) != DiffState.SAME
                || state.highlighted().contains(edge.fromId()) && state.highlighted().contains(edge.toId());
    }

    private void drawSpecial(GraphicsContext gc, EdgeRoute route, GraphPalette palette, RenderState state,
                             double scale, boolean detailed) {
        LineageEdge edge = route.edge();
        DiffState diff = state.diff().edge(edge.fromId(), edge.toId());
        Color color = palette.accent();
        double[] dashes = null;
        if (edge.pending() == LineageEdge.PendingState.ADDED) {
            dashes = new double[] {6 / Math.min(1, scale), 4 / Math.min(1, scale)};
        } else if (edge.pending() == LineageEdge.PendingState.REMOVED) {
            color = palette.danger();
            dashes = new double[] {6 / Math.min(1, scale), 4 / Math.min(1, scale)};
        } else if (diff != DiffState.SAME) {
            color = diffColor(diff, palette);
        }
        gc.setStroke(color);
        gc.setFill(color);
        gc.setLineWidth(Math.max(2.2, 2 / scale));
        if (dashes == null) {
            gc.setLineDashes();
        } else {
            gc.setLineDashes(dashes);
        }
        gc.beginPath();
        trace(gc, route.points());
        gc.stroke();
        if (detailed) {
            gc.beginPath();
            arrowhead(gc, route.points());
            gc.fill();
        }
    }

    static Color diffColor(DiffState diff, GraphPalette palette) {
        return switch (diff) {
            case ADDED -> palette.success();
            case REMOVED -> palette.danger();
            case CHANGED -> palette.warning();
            case SAME -> palette.edge();
        };
    }

    private int drawBlocks(GraphicsContext gc, GraphLayout layout, SpatialGrid grid, GraphPalette palette,
                           RenderState state, double scale, double minX, double minY, double maxX, double maxY) {
        double minSize = 1.5 / scale;
        int[] count = {0};
        for (EntityType type : EntityType.values()) {
            gc.setFill(CardPainter.typeColor(type, palette));
            grid.query(minX, minY, maxX, maxY, index -> {
                NodeBox box = layout.nodes().get(index);
                if (box.node().type() == type) {
                    gc.fillRect(box.x(), box.y(), Math.max(minSize, box.width()), Math.max(minSize, box.height()));
                    count[0]++;
                }
            });
        }
        if (!state.selected().isEmpty() || !state.matches().isEmpty() || !state.highlighted().isEmpty()
                || !state.diff().isEmpty()) {
            gc.setLineWidth(3 / scale);
            grid.query(minX, minY, maxX, maxY, index -> {
                NodeBox box = layout.nodes().get(index);
                Color mark = CardPainter.markColor(box.node().id(), palette, state);
                if (mark != null) {
                    gc.setStroke(mark);
                    gc.strokeRect(box.x(), box.y(), box.width(), box.height());
                }
            });
        }
        return count[0];
    }

    /**
     * Draws only the segments that cross the visible rectangle. Axis-parallel segments are filled as thin
     * rectangles (cheap even for the software pipeline); others are stroked. Below detail scale a bent polyline
     * (not an orthogonal route) is drawn from start to end only.
     */
    private static void traceVisible(GraphicsContext gc, double[] p, boolean detailed, double thickness,
                                     double minX, double minY, double maxX, double maxY) {
        if (!detailed && p.length > 4 && p[1] != p[p.length - 1] && !orthogonal(p)) {
            int n = p.length;
            if (segmentVisible(p[0], p[1], p[n - 2], p[n - 1], minX, minY, maxX, maxY)) {
                segment(gc, p[0], p[1], p[2], p[1], thickness);
                segment(gc, p[n - 4], p[n - 1], p[n - 2], p[n - 1], thickness);
                segment(gc, p[2], p[1], p[n - 4], p[n - 1], thickness);
            }
            return;
        }
        for (int i = 0; i + 3 < p.length; i += 2) {
            if (segmentVisible(p[i], p[i + 1], p[i + 2], p[i + 3], minX, minY, maxX, maxY)) {
                segment(gc, p[i], p[i + 1], p[i + 2], p[i + 3], thickness);
            }
        }
    }

    private static boolean orthogonal(double[] p) {
        for (int i = 0; i + 3 < p.length; i += 2) {
            if (p[i] != p[i + 2] && p[i + 1] != p[i + 3]) {
                return false;
            }
        }
        return true;
    }

    private static void segment(GraphicsContext gc, double ax, double ay, double bx, double by, double thickness) {
        if (ay == by) {
            gc.fillRect(Math.min(ax, bx), ay - thickness / 2, Math.abs(bx - ax), thickness);
        } else if (ax == bx) {
            gc.fillRect(ax - thickness / 2, Math.min(ay, by), thickness, Math.abs(by - ay));
        } else {
            gc.strokeLine(ax, ay, bx, by);
        }
    }

    private static boolean segmentVisible(double ax, double ay, double bx, double by, double minX, double minY,
                                          double maxX, double maxY) {
        return intersects(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by), minX, minY, maxX,
                maxY);
    }

    private static void trace(GraphicsContext gc, double[] points) {
        gc.moveTo(points[0], points[1]);
        for (int i = 2; i + 1 < points.length; i += 2) {
            gc.lineTo(points[i], points[i + 1]);
        }
    }

    private static void arrowhead(GraphicsContext gc, double[] points) {
        int n = points.length;
        double x = points[n - 2];
        double y = points[n - 1];
        double dx = x - points[n - 4];
        double dy = y - points[n - 3];
        double length = Math.sqrt(dx * dx + dy * dy);
        if (length == 0) {
            return;
        }
        dx /= length;
        dy /= length;
        gc.moveTo(x, y);
        gc.lineTo(x - dx * ARROW - dy * ARROW / 2, y - dy * ARROW + dx * ARROW / 2);
        gc.lineTo(x - dx * ARROW + dy * ARROW / 2, y - dy * ARROW - dx * ARROW / 2);
        gc.closePath();
    }

    static boolean intersects(double aMinX, double aMinY, double aMaxX, double aMaxY, double bMinX, double bMinY,
                              double bMaxX, double bMaxY) {
        return aMinX <= bMaxX && aMaxX >= bMinX && aMinY <= bMaxY && aMaxY >= bMinY;
    }
}
