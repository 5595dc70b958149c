package org.steward.views.lineage;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.steward.model.catalog.Owner;
import org.steward.model.lineage.ImpactReport;
import org.steward.model.lineage.ImpactReport.ImpactKind;
import org.steward.model.lineage.ImpactReport.ImpactedEntity;
import org.steward.views.common.Badges;
import org.steward.views.common.Glyph;

/**
 * The impact part of the lineage side panel: a one-line summary by kind, the impacted entities (double-click one
 * to select it in the graph), the owners to notify and the classifications that would propagate.
 */
final class ImpactSection {
    private final Label summary = new Label();
    private final TableView<ImpactedEntity> impacted = new TableView<>();
    private final Label owners = new Label();
    private final Label propagatingTitle = new Label("Would propagate");
    private final FlowPane propagating = new FlowPane(4, 4);
    private final VBox root;

    ImpactSection(LongConsumer select) {
        summary.setId("impact-summary");
        summary.getStyleClass().add("text-bold");
        summary.setWrapText(true);
        impacted.setId("impact-table");
        impacted.setPlaceholder(new Label("Select a node and press Impact"));
        TableColumn<ImpactedEntity, ImpactedEntity> entity = new TableColumn<>("Entity");
        entity.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        entity.setCellFactory(column -> new EntityCell());
        entity.setPrefWidth(150);
        impacted.getColumns().add(entity);
        impacted.getColumns().add(column("Hops", 56, item -> Integer.toString(item.distance())));
        impacted.getColumns().add(column("Owner", 90, item -> item.owner() == null ? "" : item.owner()));
        impacted.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        impacted.setRowFactory(table -> {
            TableRow<ImpactedEntity> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    select.accept(row.getItem().node().id());
                }
            });
            return row;
        });
        VBox.setVgrow(impacted, Priority.ALWAYS);
        owners.setId("impact-owners");
        owners.setWrapText(true);
        propagatingTitle.getStyleClass().add("muted");
        propagating.setId("impact-propagating");
        root = new VBox(8, summary, impacted, owners, propagatingTitle, propagating);
        VBox.setVgrow(root, Priority.ALWAYS);
        show(null);
    }

    VBox node() {
        return root;
    }

    void show(ImpactReport report) {
        impacted.getItems().setAll(report == null ? List.of() : report.impacted());
        summary.setText(report == null ? "" : summaryOf(report.impacted()));
        summary.setVisible(report != null);
        summary.setManaged(report != null);
        owners.setText(report == null ? "" : "Notify " + (report.ownersToNotify().isEmpty() ? "nobody: no owner recorded"
                : "(" + report.ownersToNotify().size() + "): " + String.join(", ",
                report.ownersToNotify().stream().map(Owner::displayName).toList())));
        propagating.getChildren().clear();
        if (report != null) {
            for (ImpactReport.PropagatingLabel label : report.propagatingLabels()) {
                Label badge = Badges.classification(label.classification() + " → " + label.reaches().size(), true,
                        null);
                badge.setTooltip(new Tooltip(label.classification() + " from " + label.fromQualifiedName()
                        + " would reach " + label.reaches().size() + " entities"));
                propagating.getChildren().add(badge);
            }
        }
        boolean anyLabel = !propagating.getChildren().isEmpty();
        propagatingTitle.setText(report != null && !anyLabel ? "No classification would propagate"
                : "Would propagate");
        propagatingTitle.setVisible(report != null);
        propagatingTitle.setManaged(report != null);
    }

    static String summaryOf(List<ImpactedEntity> impacted) {
        if (impacted.isEmpty()) {
            return "Nothing downstream is affected";
        }
        Map<ImpactKind, Integer> byKind = new EnumMap<>(ImpactKind.class);
        impacted.forEach(entity -> byKind.merge(entity.kind(), 1, Integer::sum));
        StringBuilder text = new StringBuilder(impacted.size() + " affected: ");
        String separator = "";
        for (Map.Entry<ImpactKind, Integer> entry : byKind.entrySet()) {
            text.append(separator).append(entry.getValue()).append(' ').append(kindName(entry.getKey(),
                    entry.getValue()));
            separator = " · ";
        }
        return text.toString();
    }

    private static String kindName(ImpactKind kind, int count) {
        String singular = switch (kind) {
            case DATASET -> "dataset";
            case DASHBOARD -> "dashboard";
            case ML_FEATURE -> "ML feature set";
        };
        return count == 1 ? singular : singular + "s";
    }

    private static TableColumn<ImpactedEntity, String> column(String title, double width,
            java.util.function.Function<ImpactedEntity, String> value) {
        TableColumn<ImpactedEntity, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }

    /** The entity's icon and name, its kind and qualified name in the tooltip. */
    private static final class EntityCell extends TableCell<ImpactedEntity, ImpactedEntity> {
        @Override
        protected void updateItem(ImpactedEntity item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(item.node().name());
            setGraphic(Glyph.of(item.node().type()).icon());
            setTooltip(new Tooltip(item.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " · "
                    + item.node().qualifiedName()));
        }
    }
}
