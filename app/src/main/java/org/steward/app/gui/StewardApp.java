package org.steward.app.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import org.steward.app.AppDirectories;
import org.steward.app.cli.StewardVersion;
import org.steward.app.preferences.AppPreferences;
import org.steward.model.workspace.Workspace;
import org.steward.model.workspace.WorkspaceException;
import org.steward.model.workspace.WorkspaceFolder;
import org.steward.views.shell.ErrorDialog;
import org.steward.views.shell.ShellContext;
import org.steward.views.shell.StewardWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app. The first workspace (the one named on the command line, else the last one used, else the demo)
 * is opened in {@link #init()}, on the launcher thread, so the FX thread never waits for it; a demo that does not
 * exist yet is generated in the background after the window is up.
 */
public final class StewardApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(StewardApp.class);

    private AppDirectories directories;
    private AppPreferences preferences;
    private Workspace initial;
    private WorkspaceException initialError;
    private boolean generateDemo;

    @Override
    public void init() {
        Map<String, String> named = getParameters().getNamed();
        directories = new AppDirectories(Path.of(named.get(GuiLauncher.HOME)));
        preferences = new AppPreferences(directories.preferences());
        Optional<Path> target = Optional.ofNullable(named.get(GuiLauncher.WORKSPACE)).map(Path::of)
                .or(this::lastWorkspace);
        if (target.isEmpty() && !new WorkspaceFolder(directories.demoWorkspace()).isWorkspace()) {
            generateDemo = true;
            return;
        }
        Path directory = target.orElse(directories.demoWorkspace());
        try {
            initial = Workspace.open(directory);
        } catch (WorkspaceException e) {
            LOG.warn("Could not open {}: {}", directory, e.getMessage());
            initialError = e;
        }
    }

    private Optional<Path> lastWorkspace() {
        return preferences.recentWorkspaces().stream()
                .filter(path -> Files.isRegularFile(path.resolve(WorkspaceFolder.MARKER)))
                .findFirst();
    }

    @Override
    public void start(Stage stage) {
        ShellContext context = new ShellContext(initial, preferences, System.getProperty("user.name", "steward"),
                directories.logFile(), new AppWorkspaceOpener(directories), StewardVersion.current());
        StewardWindow window = new StewardWindow(stage, context);
        window.show();
        StartupProbe.attach(window);
        if (generateDemo) {
            window.viewModel().openDemo();
        }
        if (initialError != null) {
            new ErrorDialog(stage, directories.logFile()).show(initialError);
        }
    }
}
