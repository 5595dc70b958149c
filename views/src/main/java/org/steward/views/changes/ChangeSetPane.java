package org.steward.views.changes;

import org.steward.model.change.ChangeSetStatus;
import org.steward.views.shell.Area;
import org.steward.views.shell.AreaNavigator;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.steward.model.change.ChangeSetSummary;
import org.steward.model.change.ChangeState;
import org.steward.model.change.ReviewAction;
import org.steward.model.change.ReviewNote;
import org.steward.views.common.Badges;
import org.steward.views.common.Glyph;
import org.steward.views.shell.ShellContext;

/** The selected change set: header, review actions (disabled with the reason), changes by entity, thread. */
final class ChangeSetPane {
    private final ChangesViewModel model;
    private final VBox root = new VBox(10);
    private final Label header = new Label("No change set selected");
    private final Label subheader = new Label();
    private final HBox actions = new HBox(8);
    private final HBox extraActions = new HBox(8);
    private final ListView<DiffLine> changes;

    ChangeSetPane(ChangesViewModel model, ShellContext shell, AreaNavigator navigator) {
        this.model = model;
        this.changes = changeList();
        header.setId("changes-header");
        header.getStyleClass().add("review-header");
        subheader.getStyleClass().add("review-hint");
        actions.getChildren().addAll(
                action("changes-submit", "Submit for review", Glyph.SUBMIT, ReviewAction.SUBMIT, model::submit),
                action("changes-approve", "Approve…", Glyph.APPROVE, ReviewAction.APPROVE, this::approve),
                action("changes-reject", "Reject…", Glyph.REJECT, ReviewAction.REJECT, this::reject),
                action("changes-reopen", "Reopen", Glyph.REOPEN, ReviewAction.REOPEN, model::reopen),
                pushButton(navigator), extraActions);
        actions.setAlignment(Pos.CENTER_LEFT);
        model.extraActions().addListener((ListChangeListener<ChangesViewModel.ExtraAction>) change -> fillExtras());
        Label message = new Label();
        message.setId("changes-message");
        message.getStyleClass().add("review-message");
        message.textProperty().bind(model.messageProperty());
        model.selectedProperty().addListener((observable, old, now) -> showHeader(now));
        model.entityChanges().addListener((ListChangeListener<EntityChanges>) change -> fillChanges());

        VBox.setVgrow(changes, Priority.ALWAYS);
        root.getChildren().addAll(new VBox(2, header, subheader), actions, message, sectionTitle("Changes"),
                changes, sectionTitle("Review thread"), thread());
        root.setPadding(new Insets(10));
        root.setId("changes-detail");
    }

    Node node() {
        return root;
    }

    private Node action(String id, String text, Glyph glyph, ReviewAction kind, Runnable run) {
        Button button = new Button(text, glyph.icon());
        button.setId(id);
        button.setOnAction(event -> run.run());
        button.disableProperty().bind(model.whyNotProperty(kind).isNotEmpty());
        StackPane holder = new StackPane(button);
        Tooltip why = new Tooltip();
        why.textProperty().bind(Bindings.createStringBinding(() -> model.whyNotProperty(kind).get().isEmpty()
                ? text.replace("…", "") + " the selected change set" : model.whyNotProperty(kind).get(),
                model.whyNotProperty(kind)));
        button.setAccessibleHelp(why.getText());
        why.textProperty().addListener((observable, old, now) -> button.setAccessibleHelp(now));
        Tooltip.install(holder, why);
        button.setTooltip(why);
        return holder;
    }

    /** Approved (or partly pushed) sets go to Apache Atlas from the Push area; this opens it on the set. */
    private Button pushButton(AreaNavigator navigator) {
        Button push = new Button("Push…", Glyph.PUSH.icon());
        push.setId("changes-push");
        push.setTooltip(new Tooltip("Open the Push area on this change set to push it to Apache Atlas"));
        push.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            ChangeSetSummary set = model.selectedProperty().get();
            return set != null && (set.status() == ChangeSetStatus.APPROVED
                    || set.status() == ChangeSetStatus.PARTLY_FAILED);
        }, model.selectedProperty()));
        push.managedProperty().bind(push.visibleProperty());
        push.setOnAction(event -> navigator.show(Area.PUSH, model.selectedProperty().get().id()));
        return push;
    }

    private void fillExtras() {
        extraActions.getChildren().clear();
        for (ChangesViewModel.ExtraAction extra : model.extraActions()) {
            Button button = new Button(extra.action().text());
            button.setDisable(!extra.whyNot().isEmpty());
            button.setOnAction(event -> model.run(extra));
            StackPane holder = new StackPane(button);
            Tooltip tip = new Tooltip(extra.whyNot().isEmpty() ? extra.action().text() : extra.whyNot());
            Tooltip.install(holder, tip);
            extraActions.getChildren().add(holder);
        }
    }

    private void approve() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle("Approve change set");
        dialog.setHeaderText("Approve change set " + model.selectedProperty().get().id() + " by "
                + model.selectedProperty().get().author() + "? Approved changes can then be pushed.");
        dialog.setContentText("Comment (optional):");
        dialog.getDialogPane().setId("approve-dialog");
        dialog.showAndWait().ifPresent(model::approve);
    }

    private void reject() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle("Reject change set");
        dialog.setHeaderText("Reject change set " + model.selectedProperty().get().id()
                + ": say what the author should fix.");
        dialog.setContentText("Reason:");
        dialog.getDialogPane().setId("reject-dialog");
        Node ok = dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
        ok.disableProperty().bind(dialog.getEditor().textProperty().isEmpty());
        dialog.showAndWait().ifPresent(model::reject);
    }

    private void showHeader(ChangeSetSummary set) {
        if (set == null) {
            header.setText("No change set selected");
            subheader.setText("Pick a change set on the left to see its changes and review it.");
            return;
        }
        header.setText("Change set " + set.id() + " · " + set.status().label() + " · by " + set.author());
        String reviewed = set.reviewedBy() == null ? "" : " · " + (set.status().name().startsWith("REJ")
                ? "rejected" : "reviewed") + " by " + set.reviewedBy()
                + (set.statusReason() == null ? "" : ": " + set.statusReason());
        subheader.setText(set.set().title() + " · " + set.pendingChanges() + (set.pendingChanges() == 1 ? " change" : " changes")
                + " · updated "
                + ChangesView.TIME.format(set.updatedAt()) + reviewed + " · you are " + model.user());
    }

    private void fillChanges() {
        List<DiffLine> lines = new ArrayList<>();
        for (EntityChanges entity : model.entityChanges()) {
            lines.add(new DiffLine(entity.entity(), null));
            entity.changes().forEach(diff -> lines.add(new DiffLine(entity.entity(), diff)));
        }
        changes.getItems().setAll(lines);
    }

    /** One line of the virtualized change list: an entity heading ({@code diff} null) or one of its changes. */
    private record DiffLine(String entity, ChangeDiff diff) {
    }

    private ListView<DiffLine> changeList() {
        ListView<DiffLine> list = new ListView<>();
        list.setId("changes-diffs");
        list.setPlaceholder(new Label("No changes."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(DiffLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(null);
                if (empty || line == null) {
                    setGraphic(null);
                } else if (line.diff() == null) {
                    Label name = new Label(line.entity(), Glyph.DATASET.icon());
                    name.getStyleClass().add("review-entity");
                    setGraphic(name);
                } else {
                    Label kind = new Label(line.diff().kind());
                    kind.getStyleClass().add("review-kind");
                    kind.setMinWidth(140);
                    TextFlow diff = diffNode(line.diff());
                    Label badge = line.diff().state() == ChangeState.APPLIED ? Badges.applied()
                            : line.diff().state() == ChangeState.DROPPED ? Badges.dropped() : null;
                    diff.maxWidthProperty().bind(view.widthProperty().subtract(badge == null ? 200 : 290));
                    diff.prefWidthProperty().bind(diff.maxWidthProperty());
                    HBox row = new HBox(12, kind, diff);
                    if (badge != null) {
                        badge.setMinWidth(Region.USE_PREF_SIZE);
                        row.getChildren().add(badge);
                    }
                    setGraphic(row);
                }
            }
        });
        return list;
    }

    static TextFlow diffNode(ChangeDiff diff) {
        TextFlow flow = new TextFlow();
        if (!diff.words().isEmpty()) {
            DiffSegment previous = null;
            for (DiffSegment segment : diff.words()) {
                if (previous != null && previous.kind() == DiffSegment.Kind.REMOVED
                        && segment.kind() == DiffSegment.Kind.ADDED) {
                    flow.getChildren().add(text(diff.words().size() == 2 ? "\n" : " ", "diff-same"));
                }
                flow.getChildren().add(text(segment.text(), "diff-" + segment.kind().name().toLowerCase(Locale.ROOT)));
                previous = segment;
            }
            return flow;
        }
        if (diff.before().isEmpty() && diff.after().isEmpty()) {
            flow.getChildren().add(text("(none)", "diff-same"));
            return flow;
        }
        if (!diff.before().isEmpty()) {
            flow.getChildren().add(text(diff.before(), "diff-removed"));
            flow.getChildren().add(text(diff.after().isEmpty() ? "" : "  →  ", "diff-same"));
        }
        flow.getChildren().add(text(diff.after(), diff.before().isEmpty() && !diff.after().isEmpty()
                ? "diff-added" : diff.after().isEmpty() ? "diff-same" : "diff-added"));
        return flow;
    }

    private static Text text(String value, String style) {
        Text text = new Text(value);
        text.getStyleClass().add(style);
        return text;
    }

    private Node thread() {
        ListView<ReviewNote> notes = new ListView<>(model.thread());
        notes.setId("changes-thread");
        notes.setPrefHeight(150);
        notes.setPlaceholder(new Label("No comments yet."));
        notes.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewNote note, boolean empty) {
                super.updateItem(note, empty);
                if (empty || note == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label meta = new Label(note.author() + " · " + note.kind().name().toLowerCase(Locale.ROOT)
                        .replace('_', ' ') + " · " + ChangesView.TIME.format(note.at()));
                meta.getStyleClass().add("review-note-meta");
                Label body = new Label(note.body());
                body.setWrapText(true);
                setGraphic(note.body().isEmpty() ? meta : new VBox(2, meta, body));
            }
        });
        TextArea comment = new TextArea();
        comment.setId("changes-comment-text");
        comment.setPromptText("Add a comment for the author and other reviewers");
        comment.setPrefRowCount(2);
        comment.setWrapText(true);
        Button send = new Button("Comment", Glyph.COMMENT.icon());
        send.setId("changes-comment");
        send.getStyleClass().add(Styles.SMALL);
        send.disableProperty().bind(model.whyNotProperty(ReviewAction.COMMENT).isNotEmpty()
                .or(comment.textProperty().isEmpty()));
        send.setOnAction(event -> {
            model.comment(comment.getText());
            comment.clear();
        });
        HBox box = new HBox(8, comment, send);
        box.setAlignment(Pos.BOTTOM_LEFT);
        HBox.setHgrow(comment, Priority.ALWAYS);
        return new VBox(6, notes, box);
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("review-entity");
        return label;
    }
}
