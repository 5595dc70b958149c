package org.steward.views.platforms;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for the credential store's master password; when the store is new, asks twice and they must match. */
public final class MasterPasswordDialog implements MasterPasswordPrompt {
    private final Window owner;

    public MasterPasswordDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<char[]> ask(boolean creating) {
        Dialog<char[]> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(creating ? "Create the credential store" : "Unlock the credential store");
        dialog.setHeaderText(creating
                ? "Passwords and tokens of platform connections are kept in an encrypted store.\n"
                        + "Choose its master password; Steward asks for it once per run."
                : "Enter the master password of the credential store.");
        PasswordField password = new PasswordField();
        password.setId("master-password");
        PasswordField again = new PasswordField();
        again.setId("master-password-again");
        Label mismatch = new Label("The two passwords differ.");
        mismatch.getStyleClass().add("platform-error");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Master password:"), password);
        if (creating) {
            grid.addRow(1, new Label("Again:"), again);
            grid.add(mismatch, 1, 2);
            mismatch.visibleProperty().bind(again.textProperty().isNotEmpty()
                    .and(again.textProperty().isNotEqualTo(password.textProperty())));
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(password.textProperty().isEmpty()
                .or(creating ? again.textProperty().isNotEqualTo(password.textProperty())
                        : password.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == ButtonType.OK ? password.getText().toCharArray() : null);
        Platform.runLater(password::requestFocus);
        Optional<char[]> result = dialog.showAndWait();
        password.clear();
        again.clear();
        return result;
    }
}
