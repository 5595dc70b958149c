package org.steward.views.classification;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.steward.model.catalog.Entity;
import org.steward.model.classification.propagation.PropagationPreview;

/**
 * The classification editor as a dialog: pick a classification, fill its attributes, validity, propagate flag and
 * comment, preview where it propagates, then record it as proposed changes for every selected entity.
 */
public final class ClassificationDialog {
    private final ClassificationEditorViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane attributeGrid = new GridPane();
    private final PropagationPreviewPane preview;
    private final ButtonType record = new ButtonType("Record", ButtonBar.ButtonData.OK_DONE);

    public ClassificationDialog(ClassificationEditorViewModel model, Window owner,
                                Consumer<PropagationPreview> showOnLineage) {
        this.model = model;
        this.preview = new PropagationPreviewPane(shown -> {
            dialog.close();
            showOnLineage.accept(shown);
        });
        dialog.initOwner(owner);
        dialog.setTitle("Classify");
        dialog.setResizable(true);
        dialog.setHeaderText(header());

        ComboBox<String> classification = new ComboBox<>(model.classifications());
        classification.setId("classification-choice");
        classification.setEditable(true);
        classification.setPromptText("e.g. PII.Email");
        classification.setMaxWidth(Double.MAX_VALUE);
        classification.valueProperty().bindBidirectional(model.classificationProperty());
        Label classificationLabel = new Label("Classification");
        classificationLabel.setLabelFor(classification);

        attributeGrid.setHgap(8);
        attributeGrid.setVgap(4);
        model.attributeNames().addListener((ListChangeListener<String>) change -> rebuildAttributes());

        DatePicker from = new DatePicker();
        from.setId("valid-from");
        from.valueProperty().bindBidirectional(model.validFromProperty());
        from.setPromptText("open");
        DatePicker to = new DatePicker();
        to.setId("valid-to");
        to.valueProperty().bindBidirectional(model.validToProperty());
        to.setPromptText("open");
        CheckBox propagate = new CheckBox("Propagate downstream along lineage");
        propagate.setId("propagate");
        propagate.selectedProperty().bindBidirectional(model.propagateProperty());
        TextArea comment = new TextArea();
        comment.setId("classification-comment");
        comment.setPromptText("Why (shown to the reviewer)");
        comment.setPrefRowCount(2);
        comment.textProperty().bindBidirectional(model.commentProperty());
        Label message = new Label();
        message.setId("classification-message");
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.getColumnConstraints().add(labels);
        Button newClassification = new Button("New…");
        newClassification.setId("new-classification");
        newClassification.setTooltip(new javafx.scene.control.Tooltip("Add your own classification with attributes"));
        newClassification.setOnAction(event -> NewClassificationDialog.show(model, dialog.getDialogPane().getScene()
                .getWindow(), classification.getEditor().getText()));
        HBox.setHgrow(classification, javafx.scene.layout.Priority.ALWAYS);
        form.addRow(0, classificationLabel, new HBox(6, classification, newClassification));
        form.addRow(1, new Label("Attributes"), attributeGrid);
        form.addRow(2, new Label("Valid"), new HBox(6, from, new Label("to"), to));
        form.addRow(3, new Label(""), propagate);
        form.addRow(4, new Label("Comment"), comment);

        Button previewButton = new Button("Preview propagation");
        previewButton.setId("preview-propagation");
        previewButton.setDefaultButton(false);
        previewButton.setOnAction(event -> model.previewAssignment());
        previewButton.disableProperty().bind(model.busyProperty());
        model.previewProperty().addListener((observable, old, now) -> preview.show(now));

        VBox content = new VBox(10, form, previewButton, preview.node(), message);
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(record, ButtonType.CANCEL);
        Button recordButton = (Button) dialog.getDialogPane().lookupButton(record);
        recordButton.setId("record-classification");
        recordButton.setText(recordText());
        model.targets().addListener((ListChangeListener<Entity>) change -> recordButton.setText(recordText()));
        recordButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            model.assign(dialog::close);
        });
        rebuildAttributes();
    }

    public void show() {
        dialog.show();
        javafx.application.Platform.runLater(() -> dialog.getDialogPane().lookup("#classification-choice")
                .requestFocus());
    }

    private String header() {
        int n = model.targets().size();
        if (n == 1) {
            return "Classify " + model.targets().get(0).qualifiedName();
        }
        return "Classify " + n + " selected entities";
    }

    private String recordText() {
        int n = model.targets().size();
        return n == 1 ? "Record as pending change" : "Record " + n + " pending changes";
    }

    private void rebuildAttributes() {
        attributeGrid.getChildren().clear();
        if (model.attributeNames().isEmpty()) {
            Label none = new Label("This classification has no attributes");
            none.getStyleClass().add("muted");
            attributeGrid.addRow(0, none);
            return;
        }
        int row = 0;
        for (String name : model.attributeNames()) {
            TextField field = new TextField(model.attributes().getOrDefault(name, ""));
            field.setId("attribute-" + name);
            field.textProperty().addListener((observable, old, now) -> model.attributes().put(name, now));
            Label label = new Label(name);
            label.setLabelFor(field);
            attributeGrid.addRow(row++, label, field);
        }
    }
}
