package org.steward.views.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.steward.views.task.BackgroundTasks;

/**
 * The main window: menu bar, navigation rail, the current area (or the welcome screen), status bar. The app module
 * creates one per stage and calls {@link #show()}.
 */
public final class StewardWindow {
    private static final double FIRST_SHARE = 0.94;
    private static final double FIRST_WIDTH_MAX = 1760;
    private static final double FIRST_HEIGHT_MAX = 1100;
    private static final int WORKER_THREADS = 2;

    private final Stage stage;
    private final ShellContext context;
    private final BackgroundTasks tasks;
    private final ShellViewModel model;
    private final StatusBarViewModel status;
    private final ActionFactory actions = new ActionFactory();
    private final List<Area> areas = Area.all();
    private final BorderPane root = new BorderPane();
    private final NavigationRail rail;
    private final WelcomePane welcome;
    private final Scene scene;
    private AreaView current;
    private Area currentArea;

    public StewardWindow(Stage stage, ShellContext context) {
        this.stage = stage;
        this.context = context;
        this.tasks = new BackgroundTasks(WORKER_THREADS);
        ErrorDialog errors = new ErrorDialog(stage, context.logFile());
        tasks.setErrorHandler(errors::show);
        this.model = new ShellViewModel(context, tasks);
        this.status = new StatusBarViewModel(tasks, context.currentUser());
        status.showUser(model.userTextProperty().get());
        model.userTextProperty().addListener((observable, old, now) -> status.showUser(now));
        HelpDialogs help = new HelpDialogs(stage, context);
        wireActions(help);
        rail = new NavigationRail(areas, this::showArea);
        welcome = new WelcomePane(actions, model.recentWorkspaces(), model::open);
        root.getStyleClass().add("steward-root");
        root.setTop(new ShellMenuBar(actions, model, areas, this::showArea, model::open).node());
        root.setBottom(new StatusBar(status, tasks.currentProperty()).node());
        scene = new Scene(root, context.preferences().windowBounds().width(),
                context.preferences().windowBounds().height());
        Themes.apply(model.themeProperty().get(), scene);
        model.themeProperty().addListener((observable, old, now) -> Themes.apply(now, scene));
        model.sessionProperty().addListener((observable, old, now) -> showSession(now));
        showSession(model.session());
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.session() == null ? "Steward" : model.session().workspace().name() + " — Steward",
                model.sessionProperty()));
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, event -> shutDown());
    }

    public Scene scene() {
        return scene;
    }

    /** The area view on screen, or null on the welcome screen. */
    public AreaView currentArea() {
        return current;
    }

    public ShellViewModel viewModel() {
        return model;
    }

    /** Restores the remembered bounds and shows the stage. */
    public void show() {
        WindowBounds bounds = context.preferences().windowBounds();
        boolean onScreen = bounds.hasPosition() && !javafx.stage.Screen.getScreensForRectangle(
                bounds.x(), bounds.y(), bounds.width(), bounds.height()).isEmpty();
        if (onScreen) {
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        } else {
            // First start, or the remembered screen is gone: most of the primary screen, centred.
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            double width = Math.min(FIRST_WIDTH_MAX, screen.getWidth() * FIRST_SHARE);
            double height = Math.min(FIRST_HEIGHT_MAX, screen.getHeight() * FIRST_SHARE);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        }
        stage.setMaximized(bounds.maximized());
        stage.show();
    }

    private void wireActions(HelpDialogs help) {
        actions.on(StewardAction.NEW_WORKSPACE, this::newWorkspace);
        actions.on(StewardAction.OPEN_WORKSPACE, () -> chooseFolder("Open workspace").ifPresent(model::open));
        actions.on(StewardAction.OPEN_DEMO, model::openDemo);
        actions.on(StewardAction.CLOSE_WORKSPACE, model::close);
        actions.on(StewardAction.QUIT, () -> {
            shutDown();
            stage.close();
        });
        UserDialogs users = new UserDialogs(stage, model, tasks);
        actions.on(StewardAction.SWITCH_USER, users::switchUser);
        actions.on(StewardAction.MANAGE_USERS, users::manage);
        actions.enabledWhen(StewardAction.SWITCH_USER, model.sessionProperty().isNotNull());
        actions.enabledWhen(StewardAction.MANAGE_USERS, model.sessionProperty().isNotNull());
        actions.on(StewardAction.UNDO, model::undo);
        actions.on(StewardAction.REDO, model::redo);
        actions.on(StewardAction.COPY_QUALIFIED_NAME, () -> {
            if (current != null) {
                current.copySelection();
            }
        });
        actions.on(StewardAction.FIND, () -> {
            if (current != null) {
                current.focusSearch();
            }
        });
        actions.on(StewardAction.TOGGLE_THEME, model::toggleTheme);
        actions.on(StewardAction.OPEN_LINEAGE, () -> {
            if (current != null) {
                current.selectedEntityId().ifPresent(id -> navigate(Area.LINEAGE, id));
            }
        });
        actions.on(StewardAction.ABOUT, help::about);
        actions.on(StewardAction.SHORTCUTS, help::shortcuts);
        actions.on(StewardAction.LOG_FILE, help::logFile);
        actions.enabledWhen(StewardAction.UNDO, model.canUndoProperty());
        actions.enabledWhen(StewardAction.REDO, model.canRedoProperty());
        actions.enabledWhen(StewardAction.CLOSE_WORKSPACE, model.sessionProperty().isNotNull());
        actions.enabledWhen(StewardAction.COPY_QUALIFIED_NAME, model.sessionProperty().isNotNull());
        actions.enabledWhen(StewardAction.FIND, model.sessionProperty().isNotNull());
        actions.enabledWhen(StewardAction.OPEN_LINEAGE, model.sessionProperty().isNotNull());
    }

    private void newWorkspace() {
        chooseFolder("Folder for the new workspace").ifPresent(folder -> {
            TextInputDialog dialog = new TextInputDialog(folder.getFileName() == null ? "Workspace"
                    : folder.getFileName().toString());
            dialog.initOwner(stage);
            dialog.setTitle("New workspace");
            dialog.setHeaderText("Name the new workspace in " + folder);
            dialog.setContentText("Name:");
            dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty())
                    .ifPresent(name -> model.create(folder, name));
        });
    }

    private Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File chosen = chooser.showDialog(stage);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private void showSession(WorkspaceSession session) {
        if (current != null) {
            current.dispose();
            current = null;
        }
        status.attach(session == null ? null : session.workspace());
        if (session == null) {
            root.setLeft(null);
            root.setCenter(welcome.node());
            return;
        }
        root.setLeft(rail.node());
        showArea(currentArea == null ? areas.get(0) : currentArea);
    }

    private void showArea(Area area) {
        WorkspaceSession session = model.session();
        if (session == null) {
            return;
        }
        if (current != null && area == currentArea && root.getCenter() == current.node()) {
            return;
        }
        if (current != null) {
            current.dispose();
        }
        currentArea = area;
        current = area.factory().create(new AreaContext(session, tasks, context, this::navigate));
        root.setCenter(current.node());
        rail.select(area);
    }

    private void navigate(String areaId, long entityId) {
        areas.stream().filter(area -> area.id().equals(areaId)).findFirst().ifPresent(area -> {
            showArea(area);
            if (current != null) {
                current.reveal(entityId);
            }
        });
    }

    private void shutDown() {
        context.preferences().setWindowBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
        if (current != null) {
            current.dispose();
            current = null;
        }
        model.close();
        tasks.close();
    }
}
