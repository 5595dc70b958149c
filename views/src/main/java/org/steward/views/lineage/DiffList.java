package org.steward.views.lineage;

import java.util.ArrayList;
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
    private final Label scope = new Label();
    private final Button close = new Button("Close", Glyph.CLOSE.icon());
    private final VBox root = new VBox(6, title, scope, list, close);

    DiffList(LineageViewModel model) {
        root.setId("lineage-diff");
        title.setWrapText(true);
        close.setId("diff-close");
        close.setOnAction(event -> model.closeComparison());
        close.setTooltip(new Tooltip("Stop showing the differences"));
        list.setId("diff-list");
        list.setPrefHeight(180);
        title.getStyleClass().add("section-title");
        scope.setId("diff-scope");
        scope.setWrapText(true);
        scope.getStyleClass().add("muted");
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
        List<String> rows = new ArrayList<>();
        Map<String, List<String>> changedFields = new java.util.HashMap<>();
        ComparisonGraph comparison = model.comparisonProperty().get();
        if (comparison != null) {
            comparison.diff().changedNodes().forEach(changed -> changedFields.put(changed.after().qualifiedName(),
                    changed.fields()));
        }
        for (Map.Entry<Long, DiffState> entry : diff.nodes().entrySet()) {
            LineageNode node = model.node(entry.getKey());
            String fields = node == null || !changedFields.containsKey(node.qualifiedName()) ? ""
                    : " (" + String.join(", ", changedFields.get(node.qualifiedName())) + ")";
            rows.add(symbol(entry.getValue()) + " " + (node == null ? "#" + entry.getKey() : node.name()) + fields);
        }
        for (Map.Entry<GraphDiffOverlay.EdgeKey, DiffState> entry : diff.edges().entrySet()) {
            rows.add(symbol(entry.getValue()) + " " + name(model, entry.getKey().fromId()) + " → "
                    + name(model, entry.getKey().toId()));
        }
        rows.sort(null);
        list.getItems().setAll(rows);
        int total = comparison == null ? rows.size() : total(comparison.diff());
        scope.setText(rows.size() >= total ? "" : "Showing the " + rows.size() + " of " + total
                + " differences on this graph; the others are column-level (switch to Columns) or beyond the depth"
                + " shown.");
        scope.setVisible(!scope.getText().isEmpty());
        scope.setManaged(scope.isVisible());
    }

    private static int total(org.steward.model.lineage.LineageDiff diff) {
        return diff.addedNodes().size() + diff.removedNodes().size() + diff.changedNodes().size()
                + diff.addedEdges().size() + diff.removedEdges().size();
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
