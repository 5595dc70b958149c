package org.steward.views.lineage;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.steward.model.lineage.ImpactReport;
import org.steward.model.lineage.LineageNode;
import org.steward.views.common.Badges;
import org.steward.views.common.Glyph;

/** The right-hand panel: the selected node's details, then its impact (entities, owners, labels). */
final class LineageSidePanel {
    private final Label name = new Label();
    private final Label type = new Label();
    private final Label qualifiedName = new Label();
    private final Label source = new Label();
    private final FlowPane labels = new FlowPane(4, 4);
    private final Label counts = new Label();
    private final ImpactSection impact;
    private final VBox details;
    private final VBox root;

    LineageSidePanel(LineageViewModel model, Runnable openInCatalog, Runnable exportCsv) {
        name.setId("lineage-detail-name");
        name.getStyleClass().addAll(Styles.TITLE_4);
        name.setWrapText(true);
        type.getStyleClass().addAll("badge", "type-badge");
        qualifiedName.getStyleClass().add("muted");
        qualifiedName.setWrapText(true);
        source.getStyleClass().add("muted");
        source.setGraphic(Glyph.SOURCE.icon());
        Button open = new Button("Open in catalog", Glyph.CATALOG.icon());
        open.setId("open-in-catalog");
        open.setTooltip(new Tooltip("Show this entity in the catalog"));
        open.setOnAction(event -> openInCatalog.run());
        Button impactButton = new Button("Impact", Glyph.IMPACT.icon());
        impactButton.setId("lineage-impact");
        impactButton.setTooltip(new Tooltip("What breaks downstream if this changes (Ctrl+I)"));
        impactButton.setOnAction(event -> model.loadImpact());
        details = new VBox(6, name, type, qualifiedName, source, labels, counts,
                new FlowPane(6, 6, open, impactButton));
        this.impact = new ImpactSection(id -> model.select(id, false));
        Button csv = new Button("Export CSV…", Glyph.EXPORT.icon());
        csv.setId("impact-csv");
        csv.setOnAction(event -> exportCsv.run());
        csv.disableProperty().bind(model.impactProperty().isNull());
        Label impactTitle = new Label("IMPACT");
        impactTitle.getStyleClass().add("section-title");
        Label empty = new Label("Click a node to see its details. Ctrl+click a second node, then Paths.");
        empty.getStyleClass().addAll("muted", "empty-state");
        empty.setWrapText(true);
        root = new VBox(10, empty, details, impactTitle, impact.node(), csv);
        root.setId("lineage-side-panel");
        root.getStyleClass().add("lineage-side-panel");
        details.visibleProperty().bind(model.selectedProperty().isNotNull());
        details.managedProperty().bind(details.visibleProperty());
        empty.visibleProperty().bind(model.selectedProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        model.selectedProperty().addListener((observable, old, now) -> show(now));
        model.selectedCountsProperty().addListener((observable, old, now) -> counts.setText(now == null ? "Counting…"
                : "↑ " + now[0] + " upstream   ↓ " + now[1] + " downstream"));
        model.impactProperty().addListener((observable, old, now) -> showImpact(now));
    }

    VBox node() {
        return root;
    }

    private void show(LineageNode node) {
        if (node == null) {
            return;
        }
        name.setText(node.name());
        name.setGraphic(Glyph.of(node.type()).icon());
        type.setText(node.subtype() == null || node.subtype().isBlank() ? node.type().label()
                : node.subtype().replace('_', ' '));
        qualifiedName.setText(node.qualifiedName());
        source.setText(node.source());
        labels.getChildren().clear();
        node.classifications().forEach(label -> labels.getChildren().add(Badges.classification(label, true, null)));
        if (node.pending()) {
            labels.getChildren().add(Badges.pending());
        }
        counts.setText("Counting…");
    }

    private void showImpact(ImpactReport report) {
        impact.show(report);
    }
}
