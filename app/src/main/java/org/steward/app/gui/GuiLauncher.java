package org.steward.app.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.steward.app.AppDirectories;
import org.steward.app.Connectors;
import org.steward.app.platforms.AppPlatformAccess;
import org.steward.app.cli.StewardVersion;
import org.steward.app.preferences.AppPreferences;
import org.steward.model.workspace.Workspace;
import org.steward.model.workspace.WorkspaceException;
import org.steward.model.workspace.WorkspaceFolder;
import org.steward.views.lineage.LineageServices;
import org.steward.views.shell.ErrorDialog;
import org.steward.views.changes.ReviewServices;
import org.steward.views.shell.ShellContext;
import org.steward.views.shell.StewardWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the desktop app. The first workspace (the one asked for, else the last one used, else the demo) opens on
 * a background thread while the JavaFX toolkit starts, and the window appears when both are ready, so the FX
 * thread never waits for the disk. A demo that does not exist yet is generated in the background, with progress
 * in the status bar.
 */
public final class GuiLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(GuiLauncher.class);

    /** JavaFX warns on every classpath start that it is "unsupported"; that is the supported way to shade it. */
    private static final String JAVAFX_PLATFORM_LOGGER = "javafx";

    private final AppDirectories directories;
    private final AppPreferences preferences;
    private final java.util.logging.Logger quietPlatform = java.util.logging.Logger.getLogger(JAVAFX_PLATFORM_LOGGER);

    private GuiLauncher(AppDirectories directories) {
        this.directories = directories;
        this.preferences = new AppPreferences(directories.preferences());
        quietPlatform.setLevel(java.util.logging.Level.SEVERE);
    }

    /** Runs the app; returns when its window has closed. */
    public static void launch(AppDirectories directories, Path workspace) {
        new GuiLauncher(directories).run(workspace);
    }

    private void run(Path requested) {
        CompletableFuture<FirstWorkspace> opening = CompletableFuture.supplyAsync(() -> open(requested));
        CountDownLatch closed = new CountDownLatch(1);
        Platform.startup(() -> LOG.info("JavaFX toolkit started"));
        Platform.runLater(() -> opening.whenComplete((first, error) -> Platform.runLater(() -> {
            Stage stage = new Stage();
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> closed.countDown());
            show(stage, first != null ? first : FirstWorkspace.failed(new WorkspaceException(
                    "Could not open the first workspace: " + error.getMessage(), error)));
        })));
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
    }

    private FirstWorkspace open(Path requested) {
        Optional<Path> target = Optional.ofNullable(requested).or(this::lastWorkspace);
        if (target.isEmpty() && !new WorkspaceFolder(directories.demoWorkspace()).isWorkspace()) {
            return new FirstWorkspace(null, null, true);
        }
        Path directory = target.orElse(directories.demoWorkspace());
        try {
            return new FirstWorkspace(Workspace.open(directory), null, false);
        } catch (WorkspaceException e) {
            LOG.warn("Could not open {}: {}", directory, e.getMessage());
            return FirstWorkspace.failed(e);
        }
    }

    private Optional<Path> lastWorkspace() {
        return preferences.recentWorkspaces().stream()
                .filter(path -> Files.isRegularFile(path.resolve(WorkspaceFolder.MARKER)))
                .findFirst();
    }

    private void show(Stage stage, FirstWorkspace first) {
        ShellContext context = new ShellContext(first.workspace(), preferences,
                System.getProperty("user.name", "steward"), directories.logFile(),
                new AppWorkspaceOpener(directories), StewardVersion.current(),
                Connectors.importers(), Connectors.exporters(), LineageServices.ofWorkspace(),
                new ReviewServices(Connectors.auditReportWriters(), List.of()), new AppPlatformAccess(directories));
        LOG.info("First workspace ready; building the window");
        StewardWindow window = new StewardWindow(stage, context);
        window.show();
        LOG.info("Main window shown");
        StartupProbe.attach(window);
        if (first.generateDemo()) {
            window.viewModel().openDemo();
        }
        if (first.error() != null) {
            new ErrorDialog(stage, directories.logFile()).show(first.error());
        }
    }

    /** What the window starts with: a workspace, or why there is none, or that the demo must be made first. */
    private record FirstWorkspace(Workspace workspace, WorkspaceException error, boolean generateDemo) {
        static FirstWorkspace failed(WorkspaceException error) {
            return new FirstWorkspace(null, error, false);
        }
    }
}
