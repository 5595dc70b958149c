package org.steward.views.lineage;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.steward.model.lineage.LineageLevel;
import org.steward.views.common.Glyph;

/** The lineage toolbar: depths, level, node count, find, and the view's actions as icon buttons. */
final class LineageToolbar {
    private final HBox root = new HBox(6);
    private final TextField find = new TextField();

    LineageToolbar(LineageViewModel model, List<LineageAction> actions, List<LineageAction> editActions,
                   List<MenuItem> exportItems, List<MenuItem> importItems, Runnable findNext) {
        root.setId("lineage-toolbar");
        root.getStyleClass().add("lineage-toolbar");
        root.setAlignment(Pos.CENTER_LEFT);
        Label up = new Label("Upstream");
        Label down = new Label("Downstream");
        ToggleGroup levels = new ToggleGroup();
        ToggleButton datasets = level("Datasets", "level-dataset", LineageLevel.DATASET, levels, model);
        ToggleButton columns = level("Columns", "level-column", LineageLevel.COLUMN, levels, model);
        datasets.getStyleClass().add(Styles.LEFT_PILL);
        columns.getStyleClass().add(Styles.RIGHT_PILL);
        // Two compared exports are drawn at dataset level; their column-level differences are in the diff list.
        columns.disableProperty().bind(model.comparisonProperty().isNotNull());
        Label count = new Label();
        count.setId("lineage-node-count");
        count.getStyleClass().add("lineage-node-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.nodeCountProperty().get() + " nodes",
                model.nodeCountProperty()));
        Label truncated = new Label("truncated", Glyph.WARNING.icon());
        truncated.setId("lineage-truncated");
        truncated.getStyleClass().add("muted");
        truncated.setTooltip(new Tooltip("The graph reached its node limit; lower the depth or focus elsewhere"));
        truncated.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.shownProperty().get() != null
                && model.shownProperty().get().truncated(), model.shownProperty()));
        truncated.managedProperty().bind(truncated.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        find.setId("lineage-find");
        find.setPromptText("Find in graph");
        find.setAccessibleText("Find in graph");
        find.setTooltip(new Tooltip("Find in graph (Ctrl+F); Enter for the next match"));
        find.setPrefColumnCount(14);
        find.textProperty().addListener((observable, old, now) -> model.find(now));
        find.setOnAction(event -> findNext.run());
        Label matches = new Label();
        matches.getStyleClass().add("muted");
        matches.textProperty().bind(Bindings.createStringBinding(() -> model.matches().isEmpty() ? ""
                : (model.matchIndexProperty().get() + 1) + "/" + model.matches().size(), model.matches(),
                model.matchIndexProperty()));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        root.getChildren().addAll(up, DepthChoice.create("upstream-depth", "Upstream depth",
                model.upstreamDepthProperty()), down, DepthChoice.create("downstream-depth", "Downstream depth",
                model.downstreamDepthProperty()), new HBox(datasets, columns), count, truncated, busy, spring, find,
                matches, new Separator(javafx.geometry.Orientation.VERTICAL));
        for (LineageAction action : actions) {
            root.getChildren().add(action.button());
        }
        root.getChildren().add(new Separator(javafx.geometry.Orientation.VERTICAL));
        for (LineageAction action : editActions) {
            root.getChildren().add(action.button());
        }
        root.getChildren().add(menu("Export", "lineage-export", Glyph.EXPORT, exportItems));
        if (!importItems.isEmpty()) {
            root.getChildren().add(menu("Import or compare a file", "lineage-import", Glyph.IMPORT, importItems));
        }
    }

    HBox node() {
        return root;
    }

    void focusFind() {
        find.requestFocus();
        find.selectAll();
    }

    private static ToggleButton level(String text, String id, LineageLevel level, ToggleGroup group,
                                      LineageViewModel model) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setSelected(model.levelProperty().get() == level);
        button.setOnAction(event -> {
            button.setSelected(true);
            model.levelProperty().set(level);
        });
        model.levelProperty().addListener((observable, old, now) -> button.setSelected(now == level));
        return button;
    }

    private static MenuButton menu(String text, String id, Glyph glyph, List<MenuItem> items) {
        MenuButton button = new MenuButton(null, glyph.icon());
        button.setId(id);
        button.getItems().setAll(items);
        button.setAccessibleText(text);
        button.setTooltip(new Tooltip(text));
        button.getStyleClass().addAll(Styles.FLAT);
        return button;
    }
}
