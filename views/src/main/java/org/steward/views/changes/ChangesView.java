package org.steward.views.changes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.steward.model.change.ChangeSetStatus;
import org.steward.model.change.ChangeSetSummary;
import org.steward.views.shell.AreaContext;
import org.steward.views.shell.AreaView;

/** The Changes area: change sets on the left (filter by status and author), the selected one's review on the right. */
public final class ChangesView implements AreaView {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ChangesViewModel model;
    private final SplitPane root;
    private final TextField author = new TextField();

    public ChangesView(AreaContext context) {
        model = new ChangesViewModel(context.session().workspace(), context.session().user(), context.executor(),
                context.shell().review().changeSetActions());
        TableView<ChangeSetSummary> table = table();
        VBox left = new VBox(8, filters(), table);
        left.setPadding(new Insets(10));
        VBox.setVgrow(table, Priority.ALWAYS);
        Node detail = new ChangeSetPane(model, context.shell(), context.navigator()).node();
        root = new SplitPane(left, detail);
        root.setId("changes-area");
        root.setDividerPositions(0.42);
        model.refresh();
    }

    public ChangesViewModel viewModel() {
        return model;
    }

    private HBox filters() {
        ComboBox<ChangeSetStatus> status = new ComboBox<>();
        status.setId("changes-status-filter");
        status.getItems().add(null);
        status.getItems().addAll(Arrays.asList(ChangeSetStatus.values()));
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChangeSetStatus value) {
                return value == null ? "All statuses" : value.label();
            }

            @Override
            public ChangeSetStatus fromString(String text) {
                return null;
            }
        });
        status.setAccessibleText("Filter by status");
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        status.getSelectionModel().select(0);
        author.setId("changes-author-filter");
        author.setPromptText("Author");
        author.setAccessibleText("Filter by author");
        author.setOnAction(event -> model.authorFilterProperty().set(author.getText()));
        author.focusedProperty().addListener((observable, old, focused) -> {
            if (!focused) {
                model.authorFilterProperty().set(author.getText());
            }
        });
        Label label = new Label("Change sets");
        label.getStyleClass().add("review-header");
        HBox bar = new HBox(8, label, status, author);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(author, Priority.ALWAYS);
        return bar;
    }

    private TableView<ChangeSetSummary> table() {
        TableView<ChangeSetSummary> table = new TableView<>(model.changeSets());
        table.setId("changes-table");
        Label empty = new Label("No change sets match. Edits you make in the catalog or lineage land in your"
                + " open change set.");
        empty.setWrapText(true);
        empty.setMaxWidth(360);
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        table.setPlaceholder(empty);
        table.getColumns().add(column("#", 50, set -> Long.toString(set.id())));
        TableColumn<ChangeSetSummary, ChangeSetStatus> status = new TableColumn<>("Status");
        status.setPrefWidth(110);
        status.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().status()));
        status.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(ChangeSetStatus value, boolean empty) {
                super.updateItem(value, empty);
                setGraphic(empty || value == null ? null : badge(value));
            }
        });
        table.getColumns().add(status);
        table.getColumns().add(column("Author", 130, ChangeSetSummary::author));
        table.getColumns().add(column("Changes", 80, set -> Integer.toString(set.pendingChanges())));
        table.getColumns().add(column("Updated", 130, set -> TIME.format(set.updatedAt())));
        table.getColumns().add(column("Title", 200, set -> set.set().title()));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, now) ->
                model.selectedProperty().set(now));
        model.selectedProperty().addListener((observable, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    static Label badge(ChangeSetStatus status) {
        Label badge = new Label(status.label());
        badge.getStyleClass().addAll("status-badge", status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    private static TableColumn<ChangeSetSummary, String> column(String title, double width,
                                                               Function<ChangeSetSummary, String> value) {
        TableColumn<ChangeSetSummary, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusSearch() {
        author.requestFocus();
    }

    @Override
    public void dispose() {
        model.dispose();
    }
}
