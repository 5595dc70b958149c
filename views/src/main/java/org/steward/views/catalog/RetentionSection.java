package org.steward.views.catalog;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.steward.model.policy.Periods;
import org.steward.model.policy.RetentionVerdict;

/**
 * The "Retention and DPIA" block of the detail pane: effective period, what declares it, the maximum and the stage;
 * fields to declare a period and to link the DPIA, each recorded as a pending change.
 */
final class RetentionSection {
    private final Label effective = new Label();
    private final Label declared = new Label();
    private final Label maximum = new Label();
    private final Label stage = new Label();
    private final TextField period = new TextField();
    private final TextField dpia = new TextField();
    private final Label problem = new Label();
    private final GridPane grid = new GridPane();
    private final VBox root;
    private TextField focusWhenShown;

    RetentionSection(RetentionViewModel model) {
        effective.setId("retention-effective");
        declared.setId("retention-declared");
        maximum.setId("retention-maximum");
        stage.setId("retention-stage");
        grid.getStyleClass().add("attributes");
        grid.setHgap(12);
        grid.setVgap(2);
        row(0, "Effective", effective);
        row(1, "Declared", declared);
        row(2, "Maximum", maximum);
        row(3, "Stage", stage);
        period.setId("retention-period");
        period.setPromptText("Declare: P90D, P18M, P2Y or days");
        period.setAccessibleText("Declared retention period");
        period.setOnAction(event -> model.declareRetention(period.getText()));
        dpia.setId("dpia-reference");
        dpia.setPromptText("DPIA reference, e.g. DPIA-2025-07");
        dpia.setAccessibleText("DPIA reference");
        dpia.setOnAction(event -> model.linkDpia(dpia.getText()));
        problem.setId("retention-problem");
        problem.getStyleClass().add("retention-exceeded");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());
        root = new VBox(6, grid, editor(period, "Declare", "retention-save", "Record the period as a pending change",
                () -> model.declareRetention(period.getText())), problem,
                editor(dpia, "Link DPIA", "dpia-save", "Record the DPIA reference as a pending change",
                        () -> model.linkDpia(dpia.getText())));
        root.setAccessibleText("Retention and DPIA");
        model.verdictProperty().addListener((observable, old, now) -> show(now));
        model.dpiaProperty().addListener((observable, old, now) -> dpia.setText(now));
        show(null);
    }

    VBox node() {
        return root;
    }

    void focusPeriod() {
        focus(period);
    }

    void focusDpia() {
        focus(dpia);
    }

    /** Focuses now when the section shows, else once the retention of the entity being loaded arrives. */
    private void focus(TextField field) {
        if (root.isVisible()) {
            javafx.application.Platform.runLater(field::requestFocus);
        } else {
            focusWhenShown = field;
        }
    }

    private static HBox editor(TextField field, String action, String id, String tip, Runnable save) {
        Button button = new Button(action);
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> save.run());
        field.getStyleClass().add(Styles.SMALL);
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(6, field, button);
    }

    private void row(int index, String title, Label value) {
        Label key = new Label(title);
        key.getStyleClass().add("muted");
        key.setMinWidth(Region.USE_PREF_SIZE);
        key.setLabelFor(value);
        value.setWrapText(true);
        grid.addRow(index, key, value);
    }

    private void show(RetentionVerdict verdict) {
        root.setVisible(verdict != null);
        root.setManaged(verdict != null);
        if (verdict == null) {
            return;
        }
        effective.setText(verdict.effective().map(value -> Periods.describe(value) + " — " + verdict.effectiveFrom())
                .orElse("None: nothing declares a period and no classification sets one"));
        effective.getStyleClass().remove("retention-exceeded");
        if (verdict.exceedsMaximum() || (verdict.holdsPersonalData() && verdict.declared().isEmpty())) {
            effective.getStyleClass().add("retention-exceeded");
        }
        declared.setText(verdict.declared().map(value -> Periods.describe(value) + " (" + verdict.declaredFrom()
                + ")" + (verdict.exceedsMaximum() ? " — longer than the maximum" : ""))
                .orElse(verdict.holdsPersonalData() ? "None — required: the dataset holds personal data" : "None"));
        maximum.setText(verdict.maximum().map(value -> Periods.describe(value) + " (" + verdict.maximumFrom() + ")")
                .orElse("None set by its classifications"));
        stage.setText(verdict.stage().title() + (verdict.stage().maximum().isPresent() ? ", personal data at most "
                + Periods.describe(verdict.stage().maximum().get()) : ""));
        period.setText(verdict.declared().map(Object::toString).orElse(""));
        if (focusWhenShown != null) {
            TextField field = focusWhenShown;
            focusWhenShown = null;
            javafx.application.Platform.runLater(field::requestFocus);
        }
    }
}
