package org.steward.views.shell;

import java.nio.file.Path;
import java.util.Objects;
import org.steward.model.workspace.Workspace;

/**
 * What the app hands the shell.
 *
 * @param workspace the workspace to show first, or {@code null} for the welcome screen
 * @param logFile   the log file named in error dialogs and in Help › Log file
 * @param version   the application version for Help › About
 */
public record ShellContext(Workspace workspace, ShellPreferences preferences, String currentUser, Path logFile,
                           WorkspaceOpener opener, String version) {

    public ShellContext {
        Objects.requireNonNull(preferences);
        Objects.requireNonNull(currentUser);
        Objects.requireNonNull(logFile);
        Objects.requireNonNull(opener);
        version = version == null ? "dev" : version;
    }
}
