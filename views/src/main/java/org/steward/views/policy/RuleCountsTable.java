package org.steward.views.policy;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableRow;

/** Violations counted by rule; picking a rule filters the violations to it. */
final class RuleCountsTable {
    private final TableView<RuleCount> table = new TableView<>();

    RuleCountsTable(PoliciesViewModel model) {
        table.setId("rule-counts");
        table.setItems(model.counts());
        table.setPlaceholder(new Label("Not run yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<RuleCount, String> rule = new TableColumn<>("Rule");
        rule.setPrefWidth(230);
        rule.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().rule().title()));
        TableColumn<RuleCount, String> severity = new TableColumn<>("Severity");
        severity.setPrefWidth(70);
        severity.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().rule().severity().id()));
        TableColumn<RuleCount, Long> count = new TableColumn<>("Count");
        count.setPrefWidth(60);
        count.setStyle("-fx-alignment: CENTER-RIGHT;");
        count.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().count()));
        table.getColumns().add(rule);
        table.getColumns().add(severity);
        table.getColumns().add(count);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(RuleCount item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new Tooltip(item.rule().id() + "\n"
                        + item.rule().rationale() + (item.rule().regulations().isEmpty() ? ""
                        : "\n" + String.join("\n", item.rule().regulations()))));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, now) ->
                model.ruleProperty().set(now == null ? null : now.rule().id()));
        model.ruleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        table.setAccessibleText("Violations by rule");
    }

    TableView<RuleCount> node() {
        return table;
    }
}
