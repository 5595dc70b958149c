package org.steward.views.lineage;

import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * What the Lineage area shows before any graph: a search over datasets and dashboards whose pick opens that
 * entity's lineage, so the area is usable without going through the catalog first.
 */
final class LineageStartPane {
    private static final double WIDTH = 520;

    private final VBox root = new VBox(10);
    private final TextField search = new TextField();
    private final DatasetPicker picker;
    private boolean searched;

    LineageStartPane(DatasetPicker picker, LongConsumer open) {
        this.picker = picker;
        Label title = new Label("Open the lineage of a dataset");
        title.getStyleClass().add("title-3");
        search.setId("lineage-start-search");
        search.setPromptText("Search datasets and dashboards by name");
        search.setAccessibleText("Search datasets and dashboards to open their lineage");
        search.textProperty().bindBidirectional(picker.queryProperty());
        title.setLabelFor(search);
        ListView<DatasetChoice> choices = new ListView<>(picker.suggestions());
        choices.setId("lineage-start-choices");
        choices.setCellFactory(list -> new DatasetChoiceCell());
        choices.setPrefHeight(300);
        choices.setPlaceholder(new Label("No dataset matches"));
        choices.setAccessibleText("Datasets to open");
        choices.setOnMouseClicked(event -> {
            DatasetChoice choice = choices.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && choice != null) {
                open.accept(choice.id());
            }
        });
        choices.setOnKeyPressed(event -> {
            DatasetChoice choice = choices.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && choice != null) {
                open.accept(choice.id());
                event.consume();
            }
        });
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !choices.getItems().isEmpty()) {
                choices.requestFocus();
                choices.getSelectionModel().selectFirst();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && !choices.getItems().isEmpty()) {
                open.accept(choices.getItems().get(0).id());
                event.consume();
            }
        });
        Label more = new Label("Double-click or press Enter to open. From the catalog: select an entity and press"
                + " Open lineage (Ctrl+L). To explore a file someone handed over, use Import in the toolbar.");
        more.setWrapText(true);
        more.getStyleClass().add("muted");
        root.getChildren().addAll(title, search, choices, more);
        root.setId("lineage-start");
        root.getStyleClass().add("lineage-start");
        root.setMaxWidth(WIDTH);
        root.setMaxHeight(VBox.USE_PREF_SIZE);
        root.setAlignment(Pos.TOP_LEFT);
        root.visibleProperty().addListener((observable, old, visible) -> {
            if (visible) {
                refresh();
            }
        });
    }

    VBox node() {
        return root;
    }

    /** Runs the first search when the pane is first shown; later shows keep what the user typed. */
    void refresh() {
        if (!searched) {
            searched = true;
            picker.search();
        }
    }
}
