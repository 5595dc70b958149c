package org.steward.views.lineage;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.steward.views.lineage.layout.EdgeRoute;
import org.steward.views.lineage.layout.GraphLayout;
import org.steward.views.lineage.layout.GroupBox;
import org.steward.views.lineage.layout.NodeBox;

/** Writes a laid-out graph as a small standalone SVG: one rect and label per node, one path per edge. */
public final class SvgExport {
    private static final double MARGIN = 20;

    private SvgExport() {
    }

    public static void write(GraphLayout layout, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(layout, out);
        }
    }

    public static void write(GraphLayout layout, Writer out) throws IOException {
        double width = layout.width() + 2 * MARGIN;
        double height = layout.height() + 2 * MARGIN;
        out.write(String.format(Locale.ROOT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n<svg xmlns=\"http://www.w3"
                + ".org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"%.1f %.1f %.1f %.1f\" "
                + "font-family=\"sans-serif\">%n", width, height, -MARGIN, -MARGIN, width, height));
        out.write("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#8c959f\"/></marker>"
                + "</defs>\n");
        for (GroupBox group : layout.groups()) {
            out.write(String.format(Locale.ROOT, "<g class=\"dataset-card\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                    + " height=\"%.1f\" rx=\"6\" fill=\"#ffffff\" stroke=\"#d0d7de\"/><text x=\"%.1f\" y=\"%.1f\" "
                    + "font-size=\"13\" font-weight=\"bold\" fill=\"#24292f\">%s</text></g>%n", group.x(), group.y(),
                    group.width(), group.height(), group.x() + 10, group.y() + 20, escape(group.name())));
        }
        for (EdgeRoute route : layout.edges()) {
            StringBuilder d = new StringBuilder();
            double[] p = route.points();
            for (int i = 0; i + 1 < p.length; i += 2) {
                d.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f,%.1f", p[i], p[i + 1]));
            }
            String dash = route.edge().pending() == org.steward.model.lineage.LineageEdge.PendingState.NONE ? ""
                    : " stroke-dasharray=\"6 4\"";
            out.write("<path d=\"" + d + "\" fill=\"none\" stroke=\"#8c959f\" stroke-width=\"1.2\"" + dash
                    + " marker-end=\"url(#arrow)\"/>\n");
        }
        for (NodeBox box : layout.nodes()) {
            out.write(String.format(Locale.ROOT, "<g class=\"node %s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                    + "height=\"%.1f\" rx=\"5\" fill=\"#ffffff\" stroke=\"#d0d7de\"/><text x=\"%.1f\" y=\"%.1f\" "
                    + "font-size=\"12\" fill=\"#24292f\">%s</text></g>%n", box.node().type().name().toLowerCase(
                    Locale.ROOT), box.x(), box.y(), box.width(), box.height(), box.x() + 10,
                    box.y() + Math.min(20, box.height() - 6), escape(box.node().name())));
        }
        out.write("</svg>\n");
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
