package org.steward.app.gui;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.steward.app.AppDirectories;
import org.steward.app.Connectors;
import org.steward.app.platforms.AppPlatformAccess;
import org.steward.app.DemoWorkspaces;
import org.steward.model.demo.DemoSize;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;
import org.steward.views.lineage.LineageServices;
import org.steward.views.changes.ReviewServices;
import org.steward.views.shell.ShellContext;
import org.steward.views.shell.ShellPreferences;
import org.steward.views.shell.StewardWindow;

/** A small generated demo on disk, shown in the app's window wired as the app wires it. */
final class DemoWindow {
    private static final int ENTITIES = 3_000;
    static final String YOU = System.getProperty("user.name", "steward");

    private DemoWindow() {
    }

    /** Generates the demo; call it from {@code @BeforeAll}, since generation under load outlasts TestFX's setup. */
    static void generate(Path folder) {
        DemoWorkspaces.build(folder.resolve("demo"), DemoSize.ofEntities(ENTITIES), DemoWorkspaces.DEMO_NAME,
                ProgressMonitor.NONE);
    }

    /** A fresh copy of a demo generated once into {@code pristine}, for tests that edit it. */
    static Workspace copyOf(Path pristine, Path folder) throws java.io.IOException {
        Path source = pristine.resolve("demo");
        Path target = folder.resolve("demo");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                java.nio.file.Files.copy(file, target.resolve(source.relativize(file).toString()));
            }
        }
        return open(folder);
    }

    static Workspace open(Path folder) {
        return Workspace.open(folder.resolve("demo"));
    }

    static void show(Stage stage, Workspace workspace, Path folder) {
        AppDirectories directories = new AppDirectories(folder.resolve("home"));
        new StewardWindow(stage, new ShellContext(workspace, ShellPreferences.inMemory(), DemoWindow.YOU,
                directories.logFile(), new AppWorkspaceOpener(directories), "test", Connectors.importers(),
                Connectors.exporters(), LineageServices.ofWorkspace(),
                new ReviewServices(Connectors.auditReportWriters(), List.of()), new AppPlatformAccess(directories)));
        stage.setWidth(1500);
        stage.setHeight(900);
        stage.show();
    }
}
