package org.steward.views.classification;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.steward.model.classification.propagation.PropagatedLabel;
import org.steward.model.classification.propagation.PropagationPreview;
import org.steward.model.classification.propagation.PropagationStop;
import org.steward.views.common.Glyph;

/**
 * A propagation preview: one summary line per classification, then every entity that gains or loses a label with
 * the entities it comes from, and where labels stop and why. "Show on lineage graph" highlights them there.
 */
final class PropagationPreviewPane {
    private final VBox summary = new VBox(2);
    private final ListView<String> details = new ListView<>();
    private final Button showOnLineage = new Button("Show on lineage graph", Glyph.LINEAGE.icon());
    private final VBox root;
    private PropagationPreview shown;

    PropagationPreviewPane(Consumer<PropagationPreview> onLineage) {
        summary.setId("propagation-summary");
        details.setId("propagation-details");
        details.setPrefHeight(260);
        details.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        details.setAccessibleText("Labels the change would add or remove");
        details.setPlaceholder(new Label("Press Preview propagation to see where the label would go."));
        showOnLineage.setId("preview-on-lineage");
        showOnLineage.getStyleClass().add(Styles.SMALL);
        showOnLineage.setDisable(true);
        showOnLineage.setOnAction(event -> {
            if (shown != null) {
                onLineage.accept(shown);
            }
        });
        Label title = new Label("Propagation preview");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        root = new VBox(6, title, summary, details, showOnLineage);
        root.getStyleClass().add("propagation-preview");
    }

    VBox node() {
        return root;
    }

    void show(PropagationPreview preview) {
        shown = preview;
        summary.getChildren().clear();
        details.getItems().clear();
        showOnLineage.setDisable(preview == null || preview.affectedIds().isEmpty());
        if (preview == null) {
            return;
        }
        for (String line : preview.summary()) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().add(line.startsWith("−") ? Styles.DANGER : Styles.ACCENT);
            summary.getChildren().add(label);
        }
        details.getItems().setAll(lines(preview));
    }

    static List<String> lines(PropagationPreview preview) {
        List<String> lines = new ArrayList<>();
        for (PropagatedLabel label : preview.diff().added()) {
            lines.add("+ " + label.classification() + " on " + preview.name(label.entityId()) + "  ← "
                    + origins(preview, label));
        }
        for (PropagatedLabel label : preview.diff().removed()) {
            lines.add("− " + label.classification() + " off " + preview.name(label.entityId()) + "  (was from "
                    + origins(preview, label) + ")");
        }
        for (PropagatedLabel label : preview.diff().changedOrigins()) {
            lines.add("~ " + label.classification() + " on " + preview.name(label.entityId()) + " now from "
                    + origins(preview, label));
        }
        for (PropagationStop stop : preview.diff().newStops()) {
            lines.add("■ " + stop.classification() + " not past " + preview.name(stop.atId()) + " to "
                    + preview.name(stop.toId()) + ": " + stop.reason().label());
        }
        return lines;
    }

    private static String origins(PropagationPreview preview, PropagatedLabel label) {
        return String.join(", ", label.originIds().stream().map(preview::name).toList());
    }
}
