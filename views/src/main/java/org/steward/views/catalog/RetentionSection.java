package org.steward.views.catalog;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.steward.model.policy.Periods;
import org.steward.model.policy.RetentionVerdict;

/** The "Retention" block of the detail pane: effective period, what declares it, the maximum and the stage. */
final class RetentionSection {
    private final Label effective = new Label();
    private final Label declared = new Label();
    private final Label maximum = new Label();
    private final Label stage = new Label();
    private final GridPane grid = new GridPane();

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
        grid.setAccessibleText("Retention");
        model.verdictProperty().addListener((observable, old, now) -> show(now));
    }

    GridPane node() {
        return grid;
    }

    private void row(int index, String title, Label value) {
        Label key = new Label(title);
        key.getStyleClass().add("muted");
        key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        key.setLabelFor(value);
        value.setWrapText(true);
        grid.addRow(index, key, value);
    }

    private void show(RetentionVerdict verdict) {
        grid.setVisible(verdict != null);
        grid.setManaged(verdict != null);
        if (verdict == null) {
            return;
        }
        effective.setText(verdict.effective().map(period -> Periods.describe(period) + " — " + verdict.effectiveFrom())
                .orElse("None: nothing declares a period and no classification sets one"));
        effective.getStyleClass().remove("retention-exceeded");
        if (verdict.exceedsMaximum() || (verdict.holdsPersonalData() && verdict.declared().isEmpty())) {
            effective.getStyleClass().add("retention-exceeded");
        }
        declared.setText(verdict.declared().map(period -> Periods.describe(period) + " (" + verdict.declaredFrom()
                + ")" + (verdict.exceedsMaximum() ? " — longer than the maximum" : ""))
                .orElse(verdict.holdsPersonalData() ? "None — required: the dataset holds personal data" : "None"));
        maximum.setText(verdict.maximum().map(period -> Periods.describe(period) + " (" + verdict.maximumFrom() + ")")
                .orElse("None set by its classifications"));
        stage.setText(verdict.stage().title() + (verdict.stage().maximum().isPresent() ? ", personal data at most "
                + Periods.describe(verdict.stage().maximum().get()) : ""));
    }
}
