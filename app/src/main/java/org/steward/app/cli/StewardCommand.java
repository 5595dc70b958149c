package org.steward.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.steward.app.AppDirectories;
import org.steward.app.gui.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code steward}: with no command, opens the desktop app. */
@Command(name = "steward",
        mixinStandardHelpOptions = true,
        versionProvider = StewardVersion.class,
        description = {"Steward, a desktop workbench for data governance.",
            "With no command, opens the app on the last workspace, or on the demo workspace the first time."},
        subcommands = {DemoCommand.class, ImportCommand.class, StatsCommand.class, SearchCommand.class,
            LineageCommand.class, CheckCommand.class, MaskCommand.class, ChangesCommand.class, AuditCommand.class,
            UsersCommand.class, PullCommand.class, PushCommand.class, PlatformsCommand.class, BenchCommand.class},
        footer = {"", "Exit codes: 0 success, 1 user error (one-line message), 2 internal error (see the log)."})
public final class StewardCommand implements Callable<Integer> {
    private final AppDirectories directories;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Open this workspace instead of the last one.")
    Path workspace;

    public StewardCommand(AppDirectories directories) {
        this.directories = directories;
    }

    AppDirectories directories() {
        return directories;
    }

    @Override
    public Integer call() {
        GuiLauncher.launch(directories, workspace);
        return 0;
    }
}
