package org.steward.views.shell;

import java.util.List;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.steward.model.identity.User;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;
import org.steward.views.users.UsersDialog;
import org.steward.views.users.UsersViewModel;

/** File › Switch user… and File › Users…. */
final class UserDialogs {
    private final Window owner;
    private final ShellViewModel model;
    private final TaskExecutor executor;

    UserDialogs(Window owner, ShellViewModel model, TaskExecutor executor) {
        this.owner = owner;
        this.model = model;
        this.executor = executor;
    }

    void switchUser() {
        WorkspaceSession session = model.session();
        if (session == null) {
            return;
        }
        executor.execute(BackgroundJob.quiet("Reading users", monitor -> session.workspace().users().list(),
                users -> choose(users.stream().map(User::name).toList(), session.user())));
    }

    private void choose(List<String> names, String current) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.contains(current) ? current
                : names.isEmpty() ? null : names.get(0), names);
        dialog.initOwner(owner);
        dialog.setTitle("Switch user");
        dialog.setHeaderText("Continue as another user of this workspace. Your edits and reviews are recorded"
                + " under the chosen name.");
        dialog.setContentText("User:");
        dialog.getDialogPane().setId("switch-user-dialog");
        dialog.showAndWait().ifPresent(model::switchUser);
    }

    void manage() {
        WorkspaceSession session = model.session();
        if (session == null) {
            return;
        }
        new UsersDialog(owner, new UsersViewModel(session.workspace().users(), session.user(), executor))
                .showAndWait();
        model.refreshIdentity();
    }
}
