package org.steward.views.catalog;

import atlantafx.base.theme.Tweaks;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.steward.model.catalog.CatalogLocation;
import org.steward.model.catalog.CatalogTreeNode;
import org.steward.views.common.Glyph;

/** The catalog tree (all sources › source › database or zone › schema) with dataset counts; selection scopes search. */
final class CatalogTreePane {
    private final TreeView<CatalogTreeNode> tree = new TreeView<>();
    private final VBox root;

    CatalogTreePane(CatalogViewModel model) {
        tree.setId("catalog-tree");
        tree.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "catalog-tree");
        tree.setAccessibleText("Catalog tree");
        tree.setCellFactory(view -> new NodeCell());
        model.treeProperty().addListener((observable, old, now) -> show(now));
        show(model.treeProperty().get());
        tree.getSelectionModel().selectedItemProperty().addListener((observable, old, now) ->
                model.locationProperty().set(now == null ? CatalogLocation.ALL : now.getValue().location()));
        Label title = new Label("Sources");
        title.getStyleClass().add("pane-title");
        title.setLabelFor(tree);
        root = new VBox(title, tree);
        root.getStyleClass().add("catalog-tree-pane");
        VBox.setVgrow(tree, Priority.ALWAYS);
    }

    VBox node() {
        return root;
    }

    private void show(CatalogTreeNode node) {
        if (node == null) {
            tree.setRoot(null);
            return;
        }
        CatalogLocation selected = tree.getSelectionModel().getSelectedItem() == null ? CatalogLocation.ALL
                : tree.getSelectionModel().getSelectedItem().getValue().location();
        TreeItem<CatalogTreeNode> root = item(node, 0);
        tree.setRoot(root);
        tree.setShowRoot(true);
        select(root, selected);
    }

    private static TreeItem<CatalogTreeNode> item(CatalogTreeNode node, int depth) {
        TreeItem<CatalogTreeNode> item = new TreeItem<>(node);
        item.setExpanded(depth < 2);
        node.children().forEach(child -> item.getChildren().add(item(child, depth + 1)));
        return item;
    }

    private boolean select(TreeItem<CatalogTreeNode> item, CatalogLocation location) {
        if (item.getValue().location().equals(location)) {
            tree.getSelectionModel().select(item);
            return true;
        }
        return item.getChildren().stream().anyMatch(child -> select(child, location));
    }

    private static final class NodeCell extends TreeCell<CatalogTreeNode> {
        @Override
        protected void updateItem(CatalogTreeNode node, boolean empty) {
            super.updateItem(node, empty);
            setText(null);
            if (empty || node == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(node.label(), glyph(node.location()).icon());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label count = new Label(NumberFormat.getIntegerInstance(Locale.US).format(node.datasetCount()));
            count.getStyleClass().addAll("tree-count", "muted");
            HBox row = new HBox(6, name, gap, count);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }

        private static Glyph glyph(CatalogLocation location) {
            return switch (location.depth()) {
                case 0 -> Glyph.ALL_SOURCES;
                case 1 -> Glyph.SOURCE;
                case 2 -> Glyph.DATABASE;
                default -> Glyph.SCHEMA;
            };
        }
    }
}
