package org.steward.views.testing;

import java.nio.file.Path;
import java.util.List;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.changes.ReviewServices;
import org.steward.views.shell.ShellContext;
import org.steward.views.shell.ShellPreferences;
import org.steward.views.shell.WorkspaceOpener;

/** In-memory workspaces and shell contexts for view tests. */
public final class TestWorkspaces {

    private TestWorkspaces() {
    }

    public static Workspace small() {
        Workspace workspace = Workspace.inMemory("Test estate");
        workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        return workspace;
    }

    public static ShellContext context(Workspace workspace) {
        return new ShellContext(workspace, ShellPreferences.inMemory(), "tester", Path.of("target/steward.log"),
                new Unsupported(), "0.1.0-test");
    }

    /** A context for {@code user}, with the review areas' audit writers. */
    public static ShellContext context(Workspace workspace, String user, ReviewServices review) {
        return new ShellContext(workspace, ShellPreferences.inMemory(), user, Path.of("target/steward.log"),
                new Unsupported(), "0.1.0-test", List.of(), List.of(), null, review);
    }

    private static final class Unsupported implements WorkspaceOpener {
        @Override
        public Workspace open(Path directory) {
            throw new UnsupportedOperationException("no workspaces on disk in this test");
        }

        @Override
        public Workspace create(Path directory, String name) {
            throw new UnsupportedOperationException("no workspaces on disk in this test");
        }

        @Override
        public Path demoWorkspace() {
            throw new UnsupportedOperationException("no demo in this test");
        }
    }
}
