package org.steward.views.policy;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.steward.model.policy.Violation;
import org.steward.views.common.Glyph;

/** The selected violation: its finding, evidence, the rule's rationale and the fix-it button. */
final class ViolationDetail {
    private final Label title = new Label("Select a violation to see its evidence.");
    private final Label message = new Label();
    private final Label rationale = new Label();
    private final ListView<String> evidence = new ListView<>();
    private final Button fix = new Button("Fix", Glyph.FIX.icon());
    private final VBox root;
    private Violation shown;

    ViolationDetail(PoliciesViewModel model, Consumer<Violation> onFix) {
        title.getStyleClass().add(Styles.TEXT_BOLD);
        message.setWrapText(true);
        rationale.setWrapText(true);
        rationale.getStyleClass().add("muted");
        evidence.setId("violation-evidence");
        evidence.setPrefHeight(110);
        evidence.setAccessibleText("Evidence");
        fix.setId("fix-violation");
        fix.getStyleClass().add(Styles.ACCENT);
        fix.setDisable(true);
        fix.setOnAction(event -> {
            if (shown != null) {
                onFix.accept(shown);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, fix);
        root = new VBox(6, header, message, rationale, evidence);
        root.setId("violation-detail");
        root.getStyleClass().add("violation-detail");
    }

    VBox node() {
        return root;
    }

    void show(Violation violation, String ruleRationale) {
        shown = violation;
        fix.setDisable(violation == null);
        if (violation == null) {
            title.setText("Select a violation to see its evidence.");
            message.setText("");
            rationale.setText("");
            evidence.getItems().clear();
            fix.setText("Fix");
            return;
        }
        title.setText(violation.entityName() + " · " + violation.ruleTitle());
        message.setText(violation.message());
        rationale.setText(ruleRationale);
        evidence.getItems().setAll(violation.evidence());
        fix.setText(violation.fix().label());
    }
}
