package org.steward.views.shell;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help › About, Keyboard shortcuts and Log file. */
final class HelpDialogs {
    private final Window owner;
    private final ShellContext context;

    HelpDialogs(Window owner, ShellContext context) {
        this.owner = owner;
        this.context = context;
    }

    void about() {
        Alert alert = alert("About Steward");
        alert.setHeaderText("Steward " + context.version());
        alert.setContentText("A desktop data-governance workbench: catalog, lineage, classification and reviewed "
                + "changes.\nSigned in as " + context.currentUser() + ".\nJava " + System.getProperty("java.version")
                + " · JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        alert.show();
    }

    void shortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        for (StewardAction action : StewardAction.values()) {
            if (!action.shortcutText().isEmpty()) {
                Label key = new Label(action.shortcutText());
                key.getStyleClass().add("shortcut-key");
                grid.addRow(row++, key, new Label(action.text()));
            }
        }
        grid.addRow(row++, new Label("Down"), new Label("From the search field into the results"));
        grid.addRow(row++, new Label("Enter"), new Label("Open the selected result's details"));
        grid.addRow(row++, new Label("Esc"), new Label("Back to the search field; cancel an edit"));
        grid.addRow(row, new Label("Ctrl+Enter"), new Label("Save the description being edited"));
        Alert alert = alert("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    void logFile() {
        Path log = context.logFile().toAbsolutePath();
        TextField file = new TextField(log.toString());
        file.setEditable(false);
        file.setPrefColumnCount(48);
        Label label = new Label("Steward writes its log to this file; attach it when you report a problem.");
        label.setLabelFor(file);
        Alert alert = alert("Log file");
        alert.setHeaderText("Log file");
        alert.getDialogPane().setContent(new VBox(8, label, file));
        alert.show();
    }

    private Alert alert(String title) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        return alert;
    }
}
