package org.steward.views.audit;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.steward.model.audit.AuditEvent;
import org.steward.model.audit.AuditReportWriter;
import org.steward.views.common.Glyph;
import org.steward.views.shell.AreaContext;
import org.steward.views.shell.AreaView;

/** The Audit area: the filtered event table, "Verify chain" with the first bad row highlighted, CSV/PDF export. */
public final class AuditView implements AreaView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final AuditViewModel model;
    private final VBox root;
    private final TableView<AuditEvent> table = new TableView<>();
    private final TextField subject = new TextField();

    public AuditView(AreaContext context) {
        model = new AuditViewModel(context.session().workspace(), context.session().user(), context.executor(),
                context.shell().review().auditWriters());
        Label verdict = new Label();
        verdict.setId("audit-verdict");
        verdict.textProperty().bind(model.verdictProperty());
        model.badSeqProperty().addListener((observable, old, now) -> {
            verdict.getStyleClass().removeAll("audit-verdict-ok", "audit-verdict-bad");
            verdict.getStyleClass().add(now.longValue() > 0 ? "audit-verdict-bad" : "audit-verdict-ok");
        });
        model.verdictProperty().addListener((observable, old, now) -> {
            if (model.badSeqProperty().get() <= 0) {
                verdict.getStyleClass().removeAll("audit-verdict-bad");
                if (!verdict.getStyleClass().contains("audit-verdict-ok")) {
                    verdict.getStyleClass().add("audit-verdict-ok");
                }
            }
        });
        Label message = new Label();
        message.getStyleClass().add("review-message");
        message.textProperty().bind(model.messageProperty());
        Label summary = new Label();
        summary.getStyleClass().add("review-hint");
        summary.textProperty().bind(model.summaryProperty());
        buildTable();
        root = new VBox(8, header(), filters(), new HBox(12, verdict, summary, message), table);
        root.setPadding(new Insets(10));
        root.setId("audit-area");
        VBox.setVgrow(table, Priority.ALWAYS);
        model.refresh();
    }

    public AuditViewModel viewModel() {
        return model;
    }

    private HBox header() {
        Label title = new Label("Audit log");
        title.getStyleClass().add("review-header");
        Button verify = new Button("Verify chain", Glyph.VERIFY.icon());
        verify.setId("audit-verify");
        verify.setTooltip(new Tooltip("Re-compute every SHA-256 link of the log and name the first row that does"
                + " not hold"));
        verify.setOnAction(event -> model.verify());
        HBox bar = new HBox(8, title, spacer(), verify);
        for (AuditReportWriter writer : model.writers()) {
            Button export = new Button("Export " + writer.format() + "…", Glyph.EXPORT.icon());
            export.setId("audit-export-" + writer.extension());
            export.setTooltip(new Tooltip("Write the filtered events and the chain's verification to a "
                    + writer.format() + " file"));
            export.setOnAction(event -> export(writer));
            bar.getChildren().add(export);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void export(AuditReportWriter writer) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the audit log as " + writer.format());
        chooser.setInitialFileName("audit-log." + writer.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(writer.format(),
                "*." + writer.extension()));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.export(writer, file.toPath());
        }
    }

    private FlowPane filters() {
        ComboBox<String> actor = combo("audit-filter-user", "User", model.actors());
        actor.valueProperty().bindBidirectional(model.actorProperty());
        ComboBox<String> kind = combo("audit-filter-kind", "Kind (action prefix)", model.actions());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        subject.setId("audit-filter-entity");
        subject.setPromptText("Entity or subject contains…");
        subject.setAccessibleText("Filter by entity or subject");
        subject.textProperty().bindBidirectional(model.subjectProperty());
        subject.setPrefColumnCount(22);
        DatePicker since = new DatePicker();
        since.setId("audit-filter-since");
        since.setPromptText("From date");
        since.valueProperty().bindBidirectional(model.sinceProperty());
        DatePicker until = new DatePicker();
        until.setId("audit-filter-until");
        until.setPromptText("To date");
        until.valueProperty().bindBidirectional(model.untilProperty());
        Button apply = new Button("Apply", Glyph.FILTER.icon());
        apply.setId("audit-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(event -> model.refresh());
        Button clear = new Button("Clear");
        clear.setOnAction(event -> model.clearFilters());
        subject.setOnAction(event -> model.refresh());
        FlowPane bar = new FlowPane(8, 6, actor, subject, kind, since, until, apply, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static ComboBox<String> combo(String id, String prompt, javafx.collections.ObservableList<String> items) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setEditable(true);
        box.setPromptText(prompt);
        box.setAccessibleText(prompt);
        box.setPrefWidth(180);
        return box;
    }

    private void buildTable() {
        table.setId("audit-table");
        table.setItems(model.events());
        table.setPlaceholder(new Label("No audit events match the filters."));
        table.getColumns().add(column("#", 60, event -> Long.toString(event.seq())));
        table.getColumns().add(column("Time", 170, event -> TIME.format(event.at())));
        table.getColumns().add(column("User", 130, AuditEvent::actor));
        table.getColumns().add(column("Action", 170, AuditEvent::action));
        table.getColumns().add(column("Subject", 230, AuditEvent::subject));
        table.getColumns().add(column("Detail", 320, AuditEvent::detail));
        table.getColumns().add(column("Before", 120, event -> event.beforeValue().orElse("")));
        table.getColumns().add(column("After", 120, event -> event.afterValue().orElse("")));
        table.getColumns().add(column("Result", 80, AuditEvent::outcomeText));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(AuditEvent event, boolean empty) {
                super.updateItem(event, empty);
                boolean bad = !empty && event != null && event.seq() == model.badSeqProperty().get();
                getStyleClass().remove("audit-bad-row");
                if (bad) {
                    getStyleClass().add("audit-bad-row");
                }
            }
        });
        model.events().addListener((javafx.collections.ListChangeListener<AuditEvent>) change -> revealBadRow());
    }

    private void revealBadRow() {
        long bad = model.badSeqProperty().get();
        if (bad <= 0) {
            table.refresh();
            return;
        }
        for (int i = 0; i < model.events().size(); i++) {
            if (model.events().get(i).seq() == bad) {
                table.refresh();
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
    }

    private static TableColumn<AuditEvent, String> column(String title, double width,
                                                          Function<AuditEvent, String> value) {
        TableColumn<AuditEvent, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusSearch() {
        subject.requestFocus();
    }

    @Override
    public void dispose() {
    }
}
