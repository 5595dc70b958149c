package org.steward.views.lineage.canvas;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.LineageNode;
import org.steward.views.lineage.layout.GroupBox;
import org.steward.views.lineage.layout.NodeBox;

/** Draws one node card (or column row, or dataset card at column level) in full detail. */
final class CardPainter {
    private static final Font NAME = Font.font("System", FontWeight.BOLD, 13);
    private static final Font SMALL = Font.font("System", FontWeight.NORMAL, 11);
    private static final Font BADGE = Font.font("System", FontWeight.BOLD, 10);
    private static final Font ROW = Font.font("System", FontWeight.NORMAL, 12);
    private static final double NAME_CHAR = 7.6;
    private static final double SMALL_CHAR = 6.1;
    private static final double BADGE_CHAR = 6.2;
    private static final double RADIUS = 10;
    private static final double ICON_LINE = 1.4;
    private static final double FULL_DETAIL_SCALE = 0.7;

    private final CardSprites sprites = new CardSprites();

    void card(GraphicsContext gc, NodeBox box, GraphPalette palette, RenderState state, Viewport viewport) {
        double scale = viewport.scale();
        LineageNode node = box.node();
        if (node.type() == EntityType.COLUMN) {
            row(gc, box, palette, state);
            return;
        }
        double x = box.x();
        double y = box.y();
        double w = box.width();
        double h = box.height();
        DiffState diff = state.diff().node(node.id());
        boolean plain = !node.pending() && state.hovered() != node.id() && markColor(node.id(), palette, state) == null;
        if (plain) {
            sprites.draw(gc, x, y, w, h, RADIUS, fill(node, palette, state, diff), palette.cardBorder(), scale,
                    viewport.translateX(), viewport.translateY());
        } else {
            gc.setFill(fill(node, palette, state, diff));
            gc.fillRoundRect(x, y, w, h, RADIUS, RADIUS);
        }
        gc.setFill(typeColor(node.type(), palette));
        gc.fillRect(x + 2, y + 6, 4, h - 12);
        icon(gc, node.type(), x + 14, y + (node.type() == EntityType.PROCESS ? 13 : 12), palette);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(NAME);
        gc.setFill(palette.text());
        boolean process = node.type() == EntityType.PROCESS;
        gc.fillText(fit(node.name(), w - 44, NAME_CHAR), x + 34, y + (process ? 18 : 22));
        if (scale >= FULL_DETAIL_SCALE) {
            gc.setFont(SMALL);
            gc.setFill(palette.muted());
            String subtype = node.subtype() == null ? "" : node.subtype().replace('_', ' ');
            String subtitle = subtype.isBlank() ? node.source()
                    : node.source().isBlank() ? subtype : node.source() + " · " + subtype;
            gc.fillText(fit(subtitle, w - 44, SMALL_CHAR), x + 34, y + (process ? 33 : 38));
        }
        // Labels stay on a card as long as it has text at all: red PII pills show where personal data is
        // even when zoomed out too far to read them.
        if (!process) {
            badges(gc, node.classifications(), x + 34, y + h - 19, w - 44, palette);
        }
        if (!plain) {
            outline(gc, node, x, y, w, h, palette, state, scale);
        }
        if (state.currentMatch() == node.id()) {
            gc.setStroke(palette.warning());
            gc.setLineWidth(1.5);
            gc.strokeRoundRect(x - 4, y - 4, w + 8, h + 8, RADIUS + 4, RADIUS + 4);
        }
    }

    void group(GraphicsContext gc, GroupBox group, GraphPalette palette, double scale, boolean detailed,
               DiffState diff) {
        gc.setFill(diff == DiffState.SAME ? palette.cardFill() : tint(palette.cardFill(), diffColor(diff, palette)));
        gc.fillRoundRect(group.x(), group.y(), group.width(), group.height(), RADIUS, RADIUS);
        gc.setStroke(diff == DiffState.SAME ? palette.cardBorder() : diffColor(diff, palette));
        gc.setLineWidth(Math.max(1, 1 / scale));
        gc.strokeRoundRect(group.x(), group.y(), group.width(), group.height(), RADIUS, RADIUS);
        gc.strokeLine(group.x(), group.y() + 38, group.x() + group.width(), group.y() + 38);
        if (!detailed) {
            return;
        }
        icon(gc, EntityType.DATASET, group.x() + 12, group.y() + 9, palette);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(NAME);
        gc.setFill(palette.text());
        gc.fillText(fit(group.name(), group.width() - 44, NAME_CHAR), group.x() + 32, group.y() + 19);
        gc.setFont(SMALL);
        gc.setFill(palette.muted());
        gc.fillText(fit(group.source(), group.width() - 44, SMALL_CHAR), group.x() + 32, group.y() + 33);
    }

    private void row(GraphicsContext gc, NodeBox box, GraphPalette palette, RenderState state) {
        LineageNode node = box.node();
        DiffState diff = state.diff().node(node.id());
        Color background = fill(node, palette, state, diff);
        if (!background.equals(palette.cardFill())) {
            gc.setFill(background);
            gc.fillRect(box.x() + 1, box.y(), box.width() - 2, box.height());
        }
        gc.setFill(typeColor(EntityType.COLUMN, palette));
        gc.fillRect(box.x() + 12, box.y() + 7, 3, box.height() - 14);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(ROW);
        gc.setFill(palette.text());
        double badgeWidth = node.classifications().isEmpty() ? 0 : pillWidth(node.classifications().get(0)) + 6;
        gc.fillText(fit(node.name(), box.width() - 34 - badgeWidth, SMALL_CHAR + 0.6), box.x() + 22, box.y() + 15);
        if (!node.classifications().isEmpty()) {
            badges(gc, node.classifications().subList(0, 1), box.x() + box.width() - badgeWidth - 4, box.y() + 4,
                    badgeWidth, palette);
        }
        Color mark = markColor(node.id(), palette, state);
        if (mark != null || node.pending()) {
            gc.setStroke(mark != null ? mark : palette.accent());
            gc.setLineWidth(1.5);
            if (node.pending()) {
                gc.setLineDashes(4, 3);
            }
            gc.strokeRect(box.x() + 2, box.y() + 1, box.width() - 4, box.height() - 2);
            gc.setLineDashes();
        }
    }

    private void outline(GraphicsContext gc, LineageNode node, double x, double y, double w, double h,
                         GraphPalette palette, RenderState state, double scale) {
        Color mark = markColor(node.id(), palette, state);
        boolean hovered = state.hovered() == node.id();
        gc.setStroke(mark != null ? mark : hovered ? palette.accent() : palette.cardBorder());
        gc.setLineWidth(mark != null ? 2.5 : hovered ? 1.8 : Math.max(1, 1 / scale));
        if (node.pending()) {
            gc.setStroke(mark != null ? mark : palette.accent());
            gc.setLineDashes(6, 4);
        }
        gc.strokeRoundRect(x, y, w, h, RADIUS, RADIUS);
        gc.setLineDashes();
    }

    private static Color fill(LineageNode node, GraphPalette palette, RenderState state, DiffState diff) {
        if (diff != DiffState.SAME) {
            return tint(palette.cardFill(), diffColor(diff, palette));
        }
        if (state.highlighted().contains(node.id())) {
            return palette.accentSubtle().isOpaque() ? palette.accentSubtle()
                    : tint(palette.cardFill(), palette.accent());
        }
        return node.type() == EntityType.PROCESS ? palette.processFill() : palette.cardFill();
    }

    private static Color diffColor(DiffState diff, GraphPalette palette) {
        return GraphRenderer.diffColor(diff, palette);
    }

    static Color tint(Color base, Color with) {
        return base.interpolate(with, 0.16);
    }

    /** The outline colour that marks selection, diff or a find match, or null for none. */
    static Color markColor(long id, GraphPalette palette, RenderState state) {
        if (state.selected().contains(id)) {
            return palette.accent();
        }
        DiffState diff = state.diff().node(id);
        if (diff != DiffState.SAME) {
            return diffColor(diff, palette);
        }
        if (state.matches().contains(id)) {
            return palette.warning();
        }
        return null;
    }

    static Color typeColor(EntityType type, GraphPalette palette) {
        return switch (type) {
            case DATASET -> palette.dataset();
            case PROCESS -> palette.process();
            case DASHBOARD -> palette.dashboard();
            case COLUMN -> palette.column();
        };
    }

    /**
     * The type icon. Its straight strokes are filled as thin rectangles: the software pipeline fills those far faster
     * than it strokes paths.
     */
    private static void icon(GraphicsContext gc, EntityType type, double x, double y, GraphPalette palette) {
        Color color = typeColor(type, palette);
        gc.setStroke(color);
        gc.setFill(color);
        gc.setLineWidth(ICON_LINE);
        double half = ICON_LINE / 2;
        switch (type) {
            case DATASET -> {
                gc.fillRect(x - half, y - half, 14 + ICON_LINE, 4 + half);
                gc.fillRect(x - half, y + 13 - half, 14 + ICON_LINE, ICON_LINE);
                gc.fillRect(x - half, y, ICON_LINE, 13);
                gc.fillRect(x + 14 - half, y, ICON_LINE, 13);
                gc.fillRect(x, y + 8.5 - half, 14, ICON_LINE);
                gc.fillRect(x + 7 - half, y + 4, ICON_LINE, 9);
            }
            case PROCESS -> {
                gc.strokeOval(x + 2, y + 2, 10, 10);
                gc.fillOval(x + 5, y + 5, 4, 4);
                gc.fillRect(x + 7 - half, y - 1, ICON_LINE, 3);
                gc.fillRect(x + 7 - half, y + 12, ICON_LINE, 3);
                gc.fillRect(x - 1, y + 7 - half, 3, ICON_LINE);
                gc.fillRect(x + 12, y + 7 - half, 3, ICON_LINE);
            }
            case DASHBOARD -> {
                gc.fillRect(x, y + 7, 3.5, 6);
                gc.fillRect(x + 5, y + 2, 3.5, 11);
                gc.fillRect(x + 10, y + 5, 3.5, 8);
            }
            case COLUMN -> gc.fillRect(x + 5, y, 4, 13);
        }
    }

    private static void badges(GraphicsContext gc, List<String> labels, double x, double y, double maxWidth,
                               GraphPalette palette) {
        double at = x;
        gc.setFont(BADGE);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            double width = pillWidth(label);
            boolean last = at + width > x + maxWidth;
            if (last) {
                label = "+" + (labels.size() - i);
                width = pillWidth(label);
            }
            boolean pii = label.toUpperCase().startsWith("PII");
            gc.setFill(pii ? palette.dangerSubtle().isOpaque() ? palette.dangerSubtle()
                    : tint(palette.cardFill(), palette.danger()) : palette.neutralSubtle());
            gc.fillRoundRect(at, y, width, 14, 14, 14);
            gc.setFill(pii ? palette.danger() : palette.muted());
            gc.fillText(label, at + 6, y + 7.5);
            at += width + 4;
            if (last) {
                break;
            }
        }
        gc.setTextBaseline(VPos.BASELINE);
    }

    private static double pillWidth(String label) {
        return label.length() * BADGE_CHAR + 12;
    }

    static String fit(String text, double width, double charWidth) {
        if (text == null) {
            return "";
        }
        int max = (int) (width / charWidth);
        if (text.length() <= max) {
            return text;
        }
        return max <= 1 ? "…" : text.substring(0, max - 1) + "…";
    }
}
