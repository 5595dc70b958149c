package org.steward.views.shell;

import java.nio.file.Path;
import org.steward.model.workspace.Workspace;

/** Opens and makes workspaces; the app module implements it. Every method may do I/O: the shell calls them off the FX thread. */
public interface WorkspaceOpener {

    Workspace open(Path directory);

    Workspace create(Path directory, String name);

    /** The demo workspace's folder, generating it first if needed. */
    Path demoWorkspace();
}
