package org.steward.views.lineage;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.steward.views.common.Glyph;

/**
 * One picker of the process dialog: type to search, Enter or double-click adds the suggestion, the chosen list
 * below with Delete or Remove to take one out.
 */
final class DatasetPickerPane {
    private final VBox root = new VBox(6);
    private final TextField search = new TextField();

    DatasetPickerPane(String title, String id, DatasetPicker picker) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        search.setId(id + "-search");
        search.setPromptText("Search datasets by name");
        search.setAccessibleText(title + ": search datasets");
        search.textProperty().bindBidirectional(picker.queryProperty());
        heading.setLabelFor(search);
        ListView<DatasetChoice> suggestions = new ListView<>(picker.suggestions());
        suggestions.setCellFactory(list -> new DatasetChoiceCell());
        suggestions.setId(id + "-suggestions");
        suggestions.setAccessibleText(title + ": suggestions");
        suggestions.setPrefHeight(150);
        suggestions.setPlaceholder(new Label("No dataset matches"));
        suggestions.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                picker.choose(suggestions.getSelectionModel().getSelectedItem());
            }
        });
        suggestions.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                picker.choose(suggestions.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !suggestions.getItems().isEmpty()) {
                suggestions.requestFocus();
                suggestions.getSelectionModel().selectFirst();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && !suggestions.getItems().isEmpty()) {
                picker.choose(suggestions.getItems().get(0));
                event.consume();
            }
        });
        Label chosenLabel = new Label();
        chosenLabel.textProperty().bind(Bindings.size(picker.chosen()).asString("Chosen (%d)"));
        ListView<DatasetChoice> chosen = new ListView<>(picker.chosen());
        chosen.setCellFactory(list -> new DatasetChoiceCell());
        chosen.setId(id + "-chosen");
        chosen.setAccessibleText(title + ": chosen");
        chosen.setPrefHeight(110);
        chosen.setPlaceholder(new Label("None yet"));
        chosenLabel.setLabelFor(chosen);
        chosen.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                picker.remove(chosen.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        Button remove = new Button("Remove", Glyph.REMOVE.icon());
        remove.setId(id + "-remove");
        remove.disableProperty().bind(chosen.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> picker.remove(chosen.getSelectionModel().getSelectedItem()));
        HBox chosenRow = new HBox(8, chosenLabel, remove);
        HBox.setHgrow(chosenLabel, Priority.ALWAYS);
        chosenLabel.setMaxWidth(Double.MAX_VALUE);
        root.getChildren().addAll(heading, search, suggestions, chosenRow, chosen);
        root.setPrefWidth(400);
    }

    VBox node() {
        return root;
    }
}
