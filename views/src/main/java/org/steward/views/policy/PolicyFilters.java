package org.steward.views.policy;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.steward.model.policy.Severity;
import org.steward.views.common.Glyph;

/** The filter bar: minimum severity, source and owner (the rule filter is the counts table's selection). */
final class PolicyFilters {
    private final HBox root;

    PolicyFilters(PoliciesViewModel model) {
        ObservableList<Severity> severities = FXCollections.observableArrayList();
        severities.add(null);
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            severities.add(Severity.values()[i]);
        }
        ComboBox<Severity> severity = new ComboBox<>(severities);
        severity.setId("severity-filter");
        severity.setPromptText("Any severity");
        severity.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Severity value) {
                return value == null ? "Any severity" : value.id() + (value == Severity.CRITICAL ? "" : " and above");
            }

            @Override
            public Severity fromString(String text) {
                return Arrays.stream(Severity.values()).filter(value -> toString(value).equals(text)).findFirst()
                        .orElse(null);
            }
        });
        severity.valueProperty().bindBidirectional(model.severityProperty());
        ComboBox<String> source = choice("source-filter", "Any source", model.sources());
        source.valueProperty().bindBidirectional(model.sourceProperty());
        ComboBox<String> owner = choice("owner-filter", "Any owner", model.owners());
        owner.valueProperty().bindBidirectional(model.ownerProperty());
        Button clear = new Button("Clear filters", Glyph.CANCEL.icon());
        clear.setId("clear-filters");
        clear.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        clear.setOnAction(event -> model.clearFilters());
        Label label = new Label(null, Glyph.FILTER.icon());
        root = new HBox(8, label, severity, source, owner, clear);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    HBox node() {
        return root;
    }

    private static ComboBox<String> choice(String id, String prompt, ObservableList<String> items) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setPromptText(prompt);
        box.setAccessibleText(prompt);
        box.setPrefWidth(180);
        return box;
    }
}
