package org.steward.views.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.model.identity.User;
import org.steward.model.workspace.Workspace;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/** The shell's state: which workspace is open, undo/redo availability, the theme and the recent workspaces. */
public final class ShellViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);

    private final ShellContext context;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<WorkspaceSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObservableList<Path> recentWorkspaces = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper user = new ReadOnlyStringWrapper(this, "user");
    private final ReadOnlyObjectWrapper<Optional<User>> identity =
            new ReadOnlyObjectWrapper<>(this, "identity", Optional.empty());
    private final ReadOnlyStringWrapper userText = new ReadOnlyStringWrapper(this, "userText");
    private final Runnable editsListener = this::refreshUndo;

    public ShellViewModel(ShellContext context, TaskExecutor executor) {
        this.context = context;
        this.executor = executor;
        user.set(context.currentUser());
        userText.set(context.currentUser());
        theme.set(context.preferences().theme());
        theme.addListener((observable, old, now) -> context.preferences().setTheme(now));
        recentWorkspaces.setAll(context.preferences().recentWorkspaces());
        if (context.workspace() != null) {
            show(context.workspace());
        }
    }

    public void open(Path directory) {
        executor.execute(BackgroundJob.visible("Opening " + directory.getFileName(),
                monitor -> context.opener().open(directory), this::show));
    }

    public void create(Path directory, String name) {
        executor.execute(BackgroundJob.visible("Creating workspace " + name,
                monitor -> context.opener().create(directory, name), this::show));
    }

    public void openDemo() {
        executor.execute(BackgroundJob.visible("Opening the demo workspace", monitor -> {
            Path demo = context.opener().demoWorkspace();
            return context.opener().open(demo);
        }, this::show));
    }

    public void close() {
        WorkspaceSession old = session.get();
        if (old == null) {
            return;
        }
        old.edits().removeListener(editsListener);
        session.set(null);
        refreshUndo();
        executor.execute(BackgroundJob.quiet("Closing " + old.workspace().name(), monitor -> {
            old.workspace().close();
            return old;
        }, closed -> LOG.info("Closed workspace {}", closed.workspace().name())));
    }

    private void show(Workspace workspace) {
        if (session.get() != null) {
            close();
        }
        startSession(workspace);
        workspace.directory().ifPresent(this::remember);
    }

    private void startSession(Workspace workspace) {
        WorkspaceSession next = WorkspaceSession.of(workspace, user.get());
        next.edits().addListener(editsListener);
        session.set(next);
        refreshUndo();
        refreshIdentity(true);
    }

    /** Continues as another user of the open workspace: a new session with its own undo history. */
    public void switchUser(String name) {
        String chosen = name.strip();
        if (chosen.isEmpty() || chosen.equals(user.get())) {
            return;
        }
        user.set(chosen);
        WorkspaceSession old = session.get();
        if (old == null) {
            userText.set(chosen);
            return;
        }
        old.edits().removeListener(editsListener);
        startSession(old.workspace());
    }

    /** Reads the current user's roles again (after the Users dialog changed them). */
    public void refreshIdentity() {
        refreshIdentity(false);
    }

    private void refreshIdentity(boolean enrollFirst) {
        WorkspaceSession current = session.get();
        if (current == null) {
            identity.set(Optional.empty());
            userText.set(user.get());
            return;
        }
        String name = current.user();
        executor.execute(BackgroundJob.quiet("Reading the roles of " + name, monitor -> {
            if (enrollFirst) {
                current.workspace().users().enrollFirst(name);
            }
            return current.workspace().users().find(name);
        }, found -> {
            if (session.get() == current) {
                identity.set(found);
                userText.set(found.map(known -> known.name() + " · " + known.rolesText())
                        .orElse(name + " · not a user of this workspace (read only)"));
            }
        }));
    }

    private void remember(Path directory) {
        List<Path> recent = new ArrayList<>(recentWorkspaces);
        recent.remove(directory);
        recent.add(0, directory);
        while (recent.size() > ShellPreferences.MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
        recentWorkspaces.setAll(recent);
        context.preferences().setRecentWorkspaces(recent);
    }

    public void undo() {
        WorkspaceSession current = session.get();
        if (current != null && current.edits().canUndo()) {
            executor.execute(BackgroundJob.quiet("Undo", monitor -> current.edits().undo(), done -> refreshUndo()));
        }
    }

    public void redo() {
        WorkspaceSession current = session.get();
        if (current != null && current.edits().canRedo()) {
            executor.execute(BackgroundJob.quiet("Redo", monitor -> current.edits().redo(), done -> refreshUndo()));
        }
    }

    private void refreshUndo() {
        executor.runOnUi(() -> {
            WorkspaceSession current = session.get();
            canUndo.set(current != null && current.edits().canUndo());
            canRedo.set(current != null && current.edits().canRedo());
        });
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    public ShellContext context() {
        return context;
    }

    public ReadOnlyStringProperty userProperty() {
        return user.getReadOnlyProperty();
    }

    /** The current user with roles, for the status bar, e.g. "rhea.reviewer · reviewer". */
    public ReadOnlyStringProperty userTextProperty() {
        return userText.getReadOnlyProperty();
    }

    /** The current user's identity in the open workspace; empty when unknown there. */
    public ReadOnlyObjectProperty<Optional<User>> identityProperty() {
        return identity.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkspaceSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public WorkspaceSession session() {
        return session.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObservableList<Path> recentWorkspaces() {
        return recentWorkspaces;
    }
}
