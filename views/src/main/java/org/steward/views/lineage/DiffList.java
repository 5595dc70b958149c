package org.steward.views.lineage;

import java.util.ArrayList;
import org.steward.model.lineage.LineageDiff;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageSnapshot;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.steward.model.lineage.LineageNode;
import org.steward.views.common.Glyph;
import org.steward.views.lineage.canvas.DiffState;
import org.steward.views.lineage.canvas.GraphDiffOverlay;

/** Lists what a diff overlay marks as added, removed or changed; hidden without a diff. */
final class DiffList {
    private final ListView<String> list = new ListView<>();
    private final Label title = new Label();
    private final Button close = new Button("Close", Glyph.CLOSE.icon());
    private final VBox root = new VBox(6, title, list, close);

    DiffList(LineageViewModel model) {
        root.setId("lineage-diff");
        title.setWrapText(true);
        close.setId("diff-close");
        close.setOnAction(event -> model.closeComparison());
        close.setTooltip(new Tooltip("Stop showing the differences"));
        list.setId("diff-list");
        list.setPrefHeight(180);
        title.getStyleClass().add("section-title");
        root.setVisible(false);
        root.setManaged(false);
        model.diffProperty().addListener((observable, old, now) -> show(now, model));
    }

    VBox node() {
        return root;
    }

    private void show(GraphDiffOverlay diff, LineageViewModel model) {
        boolean shown = diff != null && !diff.isEmpty();
        root.setVisible(shown);
        root.setManaged(shown);
        if (!shown) {
            return;
        }
        title.setText(diff.title().isBlank() ? "DIFFERENCES" : diff.title().toUpperCase());
        ComparisonGraph comparison = model.comparisonProperty().get();
        List<String> rows = comparison != null ? rows(comparison.diff()) : rows(diff, model);
        rows.sort(null);
        list.getItems().setAll(rows);
    }

    /** Every difference of two compared exports, column-level ones too (the graph draws datasets only). */
    static List<String> rows(LineageDiff diff) {
        Map<String, String> names = new java.util.HashMap<>();
        diff.addedNodes().forEach(node -> names.put(node.qualifiedName(), node.name()));
        diff.removedNodes().forEach(node -> names.put(node.qualifiedName(), node.name()));
        List<String> rows = new ArrayList<>();
        diff.addedNodes().forEach(node -> rows.add(symbol(DiffState.ADDED) + " " + node.name()));
        diff.removedNodes().forEach(node -> rows.add(symbol(DiffState.REMOVED) + " " + node.name()));
        diff.changedNodes().forEach(changed -> rows.add(symbol(DiffState.CHANGED) + " " + changed.after().name()
                + " (" + String.join(", ", changed.fields()) + ")"));
        diff.addedEdges().forEach(edge -> rows.add(symbol(DiffState.ADDED) + " " + edge(edge, names)));
        diff.removedEdges().forEach(edge -> rows.add(symbol(DiffState.REMOVED) + " " + edge(edge, names)));
        return rows;
    }

    private static String edge(LineageSnapshot.Edge edge, Map<String, String> names) {
        String text = shortName(edge.fromQualifiedName(), names) + " → " + shortName(edge.toQualifiedName(), names);
        return edge.level() == LineageLevel.COLUMN ? text + " (columns)" : text;
    }

    /** A node's name when the diff knows it, else the last segment of its qualified name ("test.t4#d"). */
    private static String shortName(String qualifiedName, Map<String, String> names) {
        String known = names.get(qualifiedName);
        if (known != null) {
            return known;
        }
        int slash = qualifiedName.lastIndexOf('/');
        return slash >= 0 && slash < qualifiedName.length() - 1 ? qualifiedName.substring(slash + 1) : qualifiedName;
    }

    private static List<String> rows(GraphDiffOverlay diff, LineageViewModel model) {
        List<String> rows = new ArrayList<>();
        for (Map.Entry<Long, DiffState> entry : diff.nodes().entrySet()) {
            rows.add(symbol(entry.getValue()) + " " + name(model, entry.getKey()));
        }
        for (Map.Entry<GraphDiffOverlay.EdgeKey, DiffState> entry : diff.edges().entrySet()) {
            rows.add(symbol(entry.getValue()) + " " + name(model, entry.getKey().fromId()) + " → "
                    + name(model, entry.getKey().toId()));
        }
        return rows;
    }

    private static String name(LineageViewModel model, long id) {
        LineageNode node = model.node(id);
        return node == null ? "#" + id : node.name();
    }

    private static String symbol(DiffState state) {
        return switch (state) {
            case ADDED -> "+ added";
            case REMOVED -> "− removed";
            case CHANGED -> "~ changed";
            case SAME -> "= same";
        };
    }
}
