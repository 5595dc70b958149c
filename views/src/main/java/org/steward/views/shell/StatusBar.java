package org.steward.views.shell;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.steward.views.common.Glyph;

/** Workspace name, entity counts, the running background task (progress, message, cancel) and the user. */
final class StatusBar {
    private final HBox root;

    StatusBar(StatusBarViewModel model, ReadOnlyObjectProperty<Task<?>> running) {
        Label workspace = new Label();
        workspace.setId("status-workspace");
        workspace.getStyleClass().add("status-workspace");
        workspace.textProperty().bind(model.workspaceNameProperty());
        workspace.setGraphic(Glyph.OPEN_WORKSPACE.icon());
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(model.countsProperty());

        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(140);
        progress.getStyleClass().add(Styles.SMALL);
        Label message = new Label();
        message.setId("status-task");
        Button cancel = new Button(null, Glyph.CANCEL.icon());
        cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        cancel.setAccessibleText("Cancel the running task");
        cancel.setTooltip(new Tooltip("Cancel the running task"));
        HBox task = new HBox(6, message, progress, cancel);
        task.setAlignment(Pos.CENTER_LEFT);
        task.visibleProperty().bind(running.isNotNull());
        task.managedProperty().bind(task.visibleProperty());
        running.addListener((observable, old, now) -> {
            progress.progressProperty().unbind();
            message.textProperty().unbind();
            if (now != null) {
                progress.progressProperty().bind(now.progressProperty());
                message.textProperty().bind(now.messageProperty());
                cancel.setOnAction(event -> now.cancel());
            }
        });

        Label user = new Label();
        user.setGraphic(Glyph.OWNER.icon());
        user.textProperty().bind(model.userProperty());
        user.setId("status-user");
        user.setTooltip(new Tooltip("Current user and roles; edits and reviews are recorded under this name."
                + " File › Switch user… to change"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Separator between = new Separator(Orientation.VERTICAL);
        between.visibleProperty().bind(Bindings.isNotEmpty(model.countsProperty()));
        root = new HBox(10, workspace, between, counts, gap, task, new Separator(Orientation.VERTICAL), user);
        root.setId("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
    }

    HBox node() {
        return root;
    }
}
