package org.steward.app.cli;

import java.nio.file.Path;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Option;

/** The {@code --workspace DIR} option shared by commands that read a workspace. */
public final class WorkspaceOptionMixin {

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", required = true, description = "The workspace folder.")
    Path directory;

    Workspace open() {
        return Workspace.open(directory);
    }
}
