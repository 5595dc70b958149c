package org.steward.views.classification;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** A user's own classification: name, parent, description, sensitivity and attribute names. */
final class NewClassificationDialog {

    private NewClassificationDialog() {
    }

    static void show(ClassificationEditorViewModel model, Window owner, String suggestedName) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New classification");
        dialog.setHeaderText("Add your own classification to this workspace's taxonomy");
        TextField name = new TextField(suggestedName == null ? "" : suggestedName);
        name.setId("new-classification-name");
        name.setPromptText("e.g. Internal.Restricted");
        ComboBox<String> parent = new ComboBox<>(model.classifications());
        parent.setId("new-classification-parent");
        parent.setEditable(true);
        parent.setPromptText("none (a root)");
        TextField description = new TextField();
        description.setId("new-classification-description");
        Spinner<Integer> sensitivity = new Spinner<>(0, 4, 2);
        sensitivity.setId("new-classification-sensitivity");
        TextField attributes = new TextField();
        attributes.setId("new-classification-attributes");
        attributes.setPromptText("attribute names, e.g. team, expires");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, labelFor("Name", name), name);
        form.addRow(1, labelFor("Parent", parent), parent);
        form.addRow(2, labelFor("Description", description), description);
        form.addRow(3, labelFor("Sensitivity (0–4)", sensitivity), sensitivity);
        form.addRow(4, labelFor("Attributes", attributes), attributes);
        dialog.getDialogPane().setContent(form);
        ButtonType add = new ButtonType("Add classification", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        dialog.showAndWait().filter(add::equals).ifPresent(pressed -> model.define(name.getText(),
                parent.getEditor().getText(), description.getText(), sensitivity.getValue(), attributes.getText()));
    }

    private static Label labelFor(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
