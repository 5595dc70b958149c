package org.steward.app.gui;

import java.nio.file.Path;
import org.steward.app.AppDirectories;
import org.steward.app.DemoWorkspaces;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.WorkspaceOpener;

/** How the shell opens, creates and finds workspaces; every call may do I/O and runs off the FX thread. */
final class AppWorkspaceOpener implements WorkspaceOpener {
    private final AppDirectories directories;

    AppWorkspaceOpener(AppDirectories directories) {
        this.directories = directories;
    }

    @Override
    public Workspace open(Path directory) {
        return Workspace.open(directory);
    }

    @Override
    public Workspace create(Path directory, String name) {
        return Workspace.create(directory, name);
    }

    /** One generation at a time: a second request (a double click) waits and then finds the demo made. */
    @Override
    public synchronized Path demoWorkspace() {
        return DemoWorkspaces.ensureDefault(directories, ProgressMonitor.NONE);
    }
}
