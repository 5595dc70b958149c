package org.steward.views.catalog;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.steward.model.catalog.ColumnInfo;
import org.steward.model.change.ChangeKind;
import org.steward.model.change.OverlaidDetails;
import org.steward.views.common.Badges;
import org.steward.views.common.Glyph;
import org.steward.views.common.LabelBadges;

/** A dataset's columns: position, name, type, labels, description and samples; warns about unlabelled personal data. */
final class ColumnsTable {
    private static final double ROW_HEIGHT = 28;
    private static final double HEADER_HEIGHT = 40;
    private static final double SCROLLBAR = 14;
    private final TableView<ColumnInfo> table = new TableView<>();
    private Map<Long, Set<ChangeKind>> pending = Map.of();
    private OverlaidDetails labels = new OverlaidDetails(null, Set.of(), java.util.List.of(), Map.of());

    ColumnsTable() {
        table.setId("columns-table");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "columns-table");
        // Readable columns with a horizontal scroll beat squeezed ones in a narrow detail pane.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setAccessibleText("Columns");
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getColumns().add(column("#", 32, info -> new Label(Integer.toString(info.position()))));
        table.getColumns().add(column("Name", 170, this::name));
        table.getColumns().add(column("Type", 110, info -> muted(info.column().dataType())));
        table.getColumns().add(column("Classifications", 170, info -> {
            HBox badges = new HBox(4);
            badges.getChildren().setAll(LabelBadges.of(info.classifications(),
                    name -> labels.isLabelPending(info.column().id(), name), null, false));
            return badges;
        }));
        table.getColumns().add(column("Description", 260, this::description));
        table.getColumns().add(column("Samples", 240, info -> muted(String.join(", ", info.sampleValues()))));
    }

    /** A context menu to classify the selected columns, or remove one of their direct labels. */
    void onClassify(java.util.function.Consumer<java.util.List<org.steward.model.catalog.Entity>> classify,
                    java.util.function.BiConsumer<java.util.List<org.steward.model.catalog.Entity>, String> remove) {
        javafx.scene.control.MenuItem add = new javafx.scene.control.MenuItem("Classify selected columns…",
                Glyph.CLASSIFY.icon());
        add.setId("classify-columns");
        add.setOnAction(event -> classify.accept(selectedColumns()));
        javafx.scene.control.Menu removeMenu = new javafx.scene.control.Menu("Remove classification");
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(add, removeMenu);
        menu.setOnShowing(event -> {
            java.util.List<ColumnInfo> selected = table.getSelectionModel().getSelectedItems();
            add.setText(selected.size() <= 1 ? "Classify column…" : "Classify " + selected.size() + " columns…");
            removeMenu.getItems().clear();
            selected.stream().flatMap(info -> info.classifications().stream())
                    .filter(org.steward.model.catalog.ClassificationAssignment::direct)
                    .map(org.steward.model.catalog.ClassificationAssignment::classification).distinct().sorted()
                    .forEach(name -> {
                        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(name);
                        item.setOnAction(e -> remove.accept(selectedColumns(), name));
                        removeMenu.getItems().add(item);
                    });
            removeMenu.setDisable(removeMenu.getItems().isEmpty());
        });
        table.setContextMenu(menu);
    }

    private java.util.List<org.steward.model.catalog.Entity> selectedColumns() {
        return table.getSelectionModel().getSelectedItems().stream().map(ColumnInfo::column).toList();
    }

    TableView<ColumnInfo> node() {
        return table;
    }

    void show(OverlaidDetails details) {
        pending = details.pendingColumns();
        labels = details;
        table.getItems().setAll(details.details().columns());
        table.setPrefHeight(ROW_HEIGHT * Math.min(table.getItems().size(), 14) + HEADER_HEIGHT + SCROLLBAR);
    }

    private Node name(ColumnInfo info) {
        Label name = new Label(info.column().name());
        name.setTooltip(new Tooltip(info.column().name() + " : " + info.column().dataType()));
        if (info.personalDataSuspected() && info.classifications().isEmpty()) {
            FontIcon warning = Glyph.WARNING.icon();
            warning.getStyleClass().add("warning-icon");
            name.setGraphic(warning);
            name.setTooltip(new Tooltip("Looks like personal data but has no classification"));
        }
        return name;
    }

    private Node description(ColumnInfo info) {
        Label text = new Label(info.column().description());
        text.setTooltip(new Tooltip(info.column().description()));
        if (pending.getOrDefault(info.column().id(), Set.of()).contains(ChangeKind.DESCRIPTION)) {
            HBox box = new HBox(4, Badges.pending(), text);
            box.getStyleClass().add("pending-cell");
            return box;
        }
        return text;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private static TableColumn<ColumnInfo, ColumnInfo> column(String title, double width,
                                                             Function<ColumnInfo, Node> render) {
        TableColumn<ColumnInfo, ColumnInfo> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ColumnInfo info, boolean empty) {
                super.updateItem(info, empty);
                setText(null);
                setGraphic(empty || info == null ? null : render.apply(info));
            }
        });
        return column;
    }
}
