package org.steward.views.catalog;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.steward.views.common.Glyph;

/** Shows a description; Edit or a double-click turns it into a text area, Ctrl+Enter saves and Esc cancels. */
final class DescriptionEditor {
    private final Label text = new Label();
    private final TextArea area = new TextArea();
    private final Button edit = new Button(null, Glyph.EDIT.icon());
    private final HBox editButtons;
    private final VBox root;
    private final Consumer<String> onSave;
    private String shown = "";

    DescriptionEditor(Consumer<String> onSave) {
        this.onSave = onSave;
        text.setId("description-text");
        text.setWrapText(true);
        text.getStyleClass().add("description-text");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                startEditing();
            }
        });
        edit.setId("edit-description");
        edit.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        edit.setAccessibleText("Edit description");
        edit.setTooltip(new Tooltip("Edit description (double-click the text)"));
        edit.setOnAction(event -> startEditing());

        area.setId("description-editor");
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.setAccessibleText("Description");
        area.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                save();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                stopEditing();
                event.consume();
            }
        });
        Button save = new Button("Save", Glyph.SAVE.icon());
        save.setId("save-description");
        save.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        save.setTooltip(new Tooltip("Save as a pending change (Ctrl+Enter)"));
        save.setOnAction(event -> save());
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.setTooltip(new Tooltip("Discard the edit (Esc)"));
        cancel.setOnAction(event -> stopEditing());
        Label hint = new Label("Ctrl+Enter to save · Esc to cancel");
        hint.getStyleClass().addAll("muted", "hint");
        editButtons = new HBox(6, save, cancel, hint);
        editButtons.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(4, text);
    }

    VBox node() {
        return root;
    }

    Button editButton() {
        return edit;
    }

    void show(String description) {
        shown = description;
        boolean empty = description.isBlank();
        text.setText(empty ? "No description yet. Double-click to add one." : description);
        text.getStyleClass().remove("placeholder");
        if (empty) {
            text.getStyleClass().add("placeholder");
        }
        stopEditing();
    }

    void startEditing() {
        area.setText(shown);
        root.getChildren().setAll(area, editButtons);
        area.requestFocus();
        area.end();
    }

    private void save() {
        String value = area.getText().strip();
        stopEditing();
        onSave.accept(value);
    }

    private void stopEditing() {
        boolean hadFocus = area.isFocused();
        root.getChildren().setAll(text);
        if (hadFocus) {
            edit.requestFocus();
        }
    }
}
