package org.steward.views.push;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.steward.model.change.ChangeSet;
import org.steward.model.push.BreakerState;
import org.steward.model.push.Conflict;
import org.steward.model.push.PushRecord;
import org.steward.model.push.PushState;
import org.steward.views.platforms.MasterPasswordDialog;
import org.steward.views.shell.AreaContext;
import org.steward.views.shell.AreaView;

/**
 * The Push area: approved change sets on the left; for the selected one, "Push approved…" to an Atlas connection
 * with live per-change states, progress, the circuit breaker's state and cancel; below, conflicted changes as
 * base / mine / theirs with rebase (mine editable) and drop.
 */
public final class PushView implements AreaView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final PushViewModel model;
    private final SplitPane root;

    private long revealed = -1;

    public PushView(AreaContext context) {
        this.model = new PushViewModel(context.session().workspace(), context.session().user(), context.executor(),
                new PushServices(context.shell().platforms(), creating -> new MasterPasswordDialog(window())
                        .ask(creating)));
        ListView<ChangeSet> sets = new ListView<>(model.sets());
        sets.setId("push-sets");
        sets.setPlaceholder(new Label("No approved change sets.\nApprove one in Changes first."));
        sets.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ChangeSet set, boolean empty) {
                super.updateItem(set, empty);
                setText(empty || set == null ? null : "#" + set.id() + "  " + set.title() + "\n"
                        + set.author() + " · " + set.status().name().toLowerCase().replace('_', ' ') + " · "
                        + TIME.format(set.createdAt()));
            }
        });
        sets.getSelectionModel().selectedItemProperty().addListener((observable, old, set) -> {
            if (set != null) {
                model.selectedProperty().set(set);
            }
        });
        model.selectedProperty().addListener((observable, old, set) -> {
            if (set != null && sets.getSelectionModel().getSelectedItem() != set) {
                sets.getSelectionModel().select(set);
            }
        });
        model.sets().addListener((javafx.collections.ListChangeListener<ChangeSet>) change -> selectRevealed());
        Label setsTitle = title("Approved change sets");
        VBox left = new VBox(8, setsTitle, sets);
        VBox.setVgrow(sets, Priority.ALWAYS);
        left.setPadding(new Insets(10));

        SplitPane right = new SplitPane(pushPane(), conflictPane());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.6);
        root = new SplitPane(left, right);
        root.setId("push-area");
        root.setDividerPositions(0.28);
        model.refresh();
    }

    private Window window() {
        return root == null || root.getScene() == null ? null : root.getScene().getWindow();
    }

    public PushViewModel viewModel() {
        return model;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        model.dispose();
    }

    private Node pushPane() {
        ComboBox<String> endpoint = new ComboBox<>(model.endpoints());
        endpoint.setId("push-endpoint");
        endpoint.setPromptText("Atlas connection");
        endpoint.setAccessibleText("Atlas connection to push to");
        endpoint.valueProperty().bindBidirectional(model.endpointProperty());
        Button push = new Button("Push approved…");
        push.setId("push-start");
        push.setDefaultButton(true);
        push.disableProperty().bind(model.runningProperty().or(model.selectedProperty().isNull())
                .or(model.endpointProperty().isNull()));
        push.setOnAction(event -> model.push());
        Button cancel = new Button("Cancel");
        cancel.setId("push-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(event -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("push-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setPrefWidth(160);
        Label breaker = new Label();
        breaker.setId("push-breaker");
        breaker.textProperty().bind(model.breakerProperty());
        model.breakerStateProperty().addListener((observable, old, state) -> {
            breaker.getStyleClass().removeAll("push-breaker-open");
            if (state != BreakerState.CLOSED) {
                breaker.getStyleClass().add("push-breaker-open");
            }
        });
        HBox bar = new HBox(8, new Label("To"), endpoint, push, cancel, progress, breaker);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<PushRow> table = new TableView<>(model.rows());
        table.setId("push-changes");
        table.setPlaceholder(new Label("Select an approved change set."));
        TableColumn<PushRow, String> id = new TableColumn<>("#");
        id.setCellValueFactory(row -> new ReadOnlyStringWrapper(Long.toString(row.getValue().changeId())));
        id.setPrefWidth(60);
        TableColumn<PushRow, String> entity = new TableColumn<>("Entity");
        entity.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().entity()));
        entity.setPrefWidth(220);
        TableColumn<PushRow, String> change = new TableColumn<>("Change");
        change.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().summary()));
        change.setPrefWidth(300);
        TableColumn<PushRow, PushState> state = new TableColumn<>("State");
        state.setCellValueFactory(row -> row.getValue().stateProperty());
        state.setPrefWidth(115);
        TableColumn<PushRow, Number> attempts = new TableColumn<>("Tries");
        attempts.setCellValueFactory(row -> row.getValue().attemptsProperty());
        attempts.setPrefWidth(60);
        TableColumn<PushRow, String> detail = new TableColumn<>("Atlas said");
        detail.setCellValueFactory(row -> row.getValue().detailProperty());
        detail.setPrefWidth(360);
        table.getColumns().setAll(java.util.List.of(id, entity, change, state, attempts, detail));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(PushRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("push-failed", "push-conflicted", "push-applied");
                if (!empty && row != null && row.stateProperty().get() != null) {
                    switch (row.stateProperty().get()) {
                        case FAILED -> getStyleClass().add("push-failed");
                        case CONFLICTED -> getStyleClass().add("push-conflicted");
                        case APPLIED -> getStyleClass().add("push-applied");
                        default -> {
                        }
                    }
                }
            }
        });
        Label message = new Label();
        message.setId("push-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox pane = new VBox(8, title("Push to Apache Atlas"), bar, message, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        pane.setPadding(new Insets(10));
        return pane;
    }

    private Node conflictPane() {
        ListView<PushRecord> conflicts = new ListView<>(model.conflicts());
        conflicts.setId("push-conflicts");
        conflicts.setPlaceholder(new Label("No conflicts."));
        conflicts.setPrefWidth(300);
        conflicts.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PushRecord record, boolean empty) {
                super.updateItem(record, empty);
                setText(empty || record == null ? null : "#" + record.changeId() + " (set " + record.changeSetId()
                        + ")  " + record.change().summary());
            }
        });
        conflicts.getSelectionModel().selectedItemProperty().addListener((observable, old, record) ->
                model.conflictProperty().set(record));
        TextArea base = readOnly("push-base");
        TextArea theirs = readOnly("push-theirs");
        TextArea mine = new TextArea();
        mine.setId("push-mine");
        mine.setWrapText(true);
        mine.setAccessibleText("Your value, editable before rebasing");
        mine.textProperty().bindBidirectional(model.mineProperty());
        model.conflictProperty().addListener((observable, old, record) -> {
            Conflict conflict = record == null ? null : record.conflict().orElse(null);
            base.setText(conflict == null ? "" : conflict.base());
            theirs.setText(conflict == null ? "" : conflict.theirs());
        });
        GridPane values = new GridPane();
        values.setHgap(8);
        values.setVgap(4);
        values.addRow(0, title("Base (when pulled)"), title("Theirs (on Atlas now)"),
                title("Mine (edit, then rebase)"));
        values.addRow(1, base, theirs, mine);
        for (TextArea area : new TextArea[] {base, theirs, mine}) {
            GridPane.setHgrow(area, Priority.ALWAYS);
            GridPane.setVgrow(area, Priority.ALWAYS);
            area.setPrefRowCount(4);
        }
        Button rebase = new Button("Rebase on theirs");
        rebase.setId("push-rebase");
        rebase.disableProperty().bind(model.conflictProperty().isNull());
        rebase.setOnAction(event -> model.rebase());
        Button drop = new Button("Drop mine");
        drop.setId("push-drop");
        drop.disableProperty().bind(model.conflictProperty().isNull());
        drop.setOnAction(event -> model.drop());
        Label hint = new Label("Atlas changed these since the pull; nothing was overwritten. Rebase proposes your"
                + " value again on top of Atlas' (for review); drop keeps Atlas' value.");
        hint.setWrapText(true);
        HBox actions = new HBox(8, rebase, drop);
        VBox detail = new VBox(8, hint, values, actions);
        VBox.setVgrow(values, Priority.ALWAYS);
        VBox list = new VBox(8, title("Conflicts"), conflicts);
        list.setMinWidth(280);
        list.setPrefWidth(320);
        HBox pane = new HBox(10, list, detail);
        HBox.setHgrow(detail, Priority.ALWAYS);
        VBox.setVgrow(conflicts, Priority.ALWAYS);
        pane.setPadding(new Insets(10));
        return pane;
    }

    private static TextArea readOnly(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        return area;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("review-entity");
        return label;
    }

    /** Selects the change set the Changes area asked for, now or once the list of sets has loaded. */
    @Override
    public void reveal(long changeSetId) {
        revealed = changeSetId;
        selectRevealed();
    }

    private void selectRevealed() {
        if (revealed < 0) {
            return;
        }
        model.sets().stream().filter(set -> set.id() == revealed).findFirst().ifPresent(set -> {
            revealed = -1;
            model.selectedProperty().set(set);
        });
    }
}
