package org.steward.views.lineage;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Add process…": name the process, pick what it reads and writes; Propose files it as a pending change. Nothing
 * is written before Propose.
 */
final class AddProcessDialog {
    static final ButtonType PROPOSE = new ButtonType("Propose", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final AddProcessViewModel model;

    AddProcessDialog(Window owner, AddProcessViewModel model) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle("Add process");
        dialog.setHeaderText("A process added by hand is a proposed change until it is approved.");
        dialog.setResizable(true);
        TextField name = new TextField();
        name.setId("process-name");
        name.setPromptText("e.g. Nightly orders load");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField qualifiedName = new TextField();
        qualifiedName.setId("process-qualified-name");
        qualifiedName.textProperty().bindBidirectional(model.qualifiedNameProperty());
        Label nameLabel = new Label("Name");
        nameLabel.setLabelFor(name);
        Label qualifiedLabel = new Label("Qualified name");
        qualifiedLabel.setLabelFor(qualifiedName);
        GridPane names = new GridPane();
        names.setHgap(12);
        names.setVgap(8);
        names.addRow(0, nameLabel, name);
        names.addRow(1, qualifiedLabel, qualifiedName);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setHgrow(qualifiedName, Priority.ALWAYS);
        HBox pickers = new HBox(16, new DatasetPickerPane("Inputs (read)", "inputs", model.inputs()).node(),
                new DatasetPickerPane("Outputs (written)", "outputs", model.outputs()).node());
        Label problem = new Label();
        problem.setId("process-problem");
        problem.getStyleClass().add("muted");
        problem.textProperty().bind(model.problemProperty());
        VBox content = new VBox(14, names, pickers, problem);
        content.setId("add-process-dialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(PROPOSE, ButtonType.CANCEL);
        Button propose = (Button) dialog.getDialogPane().lookupButton(PROPOSE);
        propose.setId("process-propose");
        propose.disableProperty().bind(model.problemProperty().isNotEmpty());
        Platform.runLater(name::requestFocus);
    }

    /** Shows the dialog; {@code onPropose} gets the process when the user proposes it. */
    void show(java.util.function.Consumer<AddProcessViewModel.ProcessProposal> onPropose) {
        model.inputs().search();
        model.outputs().search();
        dialog.setOnHidden(event -> {
            if (dialog.getResult() == PROPOSE) {
                model.proposal().ifPresent(onPropose);
            }
        });
        dialog.show();
    }
}
