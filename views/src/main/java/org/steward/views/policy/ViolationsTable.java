package org.steward.views.policy;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.steward.model.policy.Violation;

/** The violations, most severe first; Enter or a double-click runs the row's fix-it. */
final class ViolationsTable {
    private final TableView<Violation> table = new TableView<>();

    ViolationsTable(PoliciesViewModel model, Consumer<Violation> fix) {
        table.setId("violations-table");
        table.setItems(model.shownViolations());
        table.setPlaceholder(new Label("No violations match. Run the checks, or clear the filters."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<Violation, String> severity = column("Severity", 80, violation -> violation.severity().id());
        severity.setMinWidth(72);
        severity.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeIf(style -> style.startsWith("severity-"));
                setText(empty ? null : value);
                if (!empty && value != null) {
                    getStyleClass().add("severity-" + value);
                }
            }
        });
        table.getColumns().add(severity);
        TableColumn<Violation, String> rule = column("Rule", 190, Violation::ruleId);
        rule.setMinWidth(150);
        table.getColumns().add(rule);
        table.getColumns().add(column("Entity", 300, Violation::qualifiedName));
        table.getColumns().add(column("Finding", 420, Violation::message));
        table.getColumns().add(column("Source", 130, Violation::source));
        table.getColumns().add(column("Owner", 110, Violation::owner));
        table.getColumns().add(column("Fix", 150, violation -> violation.fix().label()));
        table.setRowFactory(view -> {
            TableRow<Violation> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    fix.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            Violation selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                fix.accept(selected);
                event.consume();
            }
        });
        table.setAccessibleText("Policy violations");
    }

    TableView<Violation> node() {
        return table;
    }

    private static TableColumn<Violation, String> column(String title, double width,
                                                         Function<Violation, String> value) {
        TableColumn<Violation, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
        return column;
    }
}
