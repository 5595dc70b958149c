package org.steward.views.lineage;

import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.steward.model.lineage.ImpactReport;
import org.steward.model.lineage.LineageNode;
import org.steward.model.catalog.Owner;
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
    private final TableView<ImpactReport.ImpactedEntity> impacted = new TableView<>();
    private final Label owners = new Label();
    private final Label propagating = new Label();
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
        Button impact = new Button("Impact", Glyph.IMPACT.icon());
        impact.setId("lineage-impact");
        impact.setTooltip(new Tooltip("What breaks downstream if this changes (Ctrl+I)"));
        impact.setOnAction(event -> model.loadImpact());
        details = new VBox(6, name, type, qualifiedName, source, labels, counts, new FlowPane(6, 6, open, impact));
        impacted.setId("impact-table");
        impacted.setPlaceholder(new Label("Select a node and press Impact"));
        impacted.getColumns().add(column("Entity", entity -> entity.node().name()));
        impacted.getColumns().add(column("Kind", entity -> entity.kind().name().toLowerCase().replace('_', ' ')));
        impacted.getColumns().add(column("Hops", entity -> Integer.toString(entity.distance())));
        impacted.getColumns().add(column("Owner", entity -> entity.owner() == null ? "" : entity.owner()));
        impacted.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        owners.setWrapText(true);
        propagating.setWrapText(true);
        Button csv = new Button("Export CSV…", Glyph.EXPORT.icon());
        csv.setId("impact-csv");
        csv.setOnAction(event -> exportCsv.run());
        csv.disableProperty().bind(model.impactProperty().isNull());
        Label impactTitle = new Label("IMPACT");
        impactTitle.getStyleClass().add("section-title");
        VBox.setVgrow(impacted, Priority.ALWAYS);
        Label empty = new Label("Click a node to see its details. Ctrl+click a second node, then Paths.");
        empty.getStyleClass().addAll("muted", "empty-state");
        empty.setWrapText(true);
        root = new VBox(10, empty, details, impactTitle, impacted, owners, propagating, csv);
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
        impacted.getItems().setAll(report == null ? java.util.List.of() : report.impacted());
        owners.setText(report == null ? "" : "Notify: " + (report.ownersToNotify().isEmpty() ? "nobody"
                : String.join(", ", report.ownersToNotify().stream().map(Owner::displayName).toList())));
        propagating.setText(report == null || report.propagatingLabels().isEmpty() ? ""
                : "Would propagate: " + String.join(", ", report.propagatingLabels().stream()
                .map(label -> label.classification() + " → " + label.reaches().size()).toList()));
    }

    private static TableColumn<ImpactReport.ImpactedEntity, String> column(String title,
            java.util.function.Function<ImpactReport.ImpactedEntity, String> value) {
        TableColumn<ImpactReport.ImpactedEntity, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }
}
