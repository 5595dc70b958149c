package org.steward.views.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.Entity;
import org.steward.model.change.DescriptionChange;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.task.SameThreadTaskExecutor;

class ShellViewModelTest {
    private Workspace workspace;
    private ShellViewModel shell;
    private StatusBarViewModel status;

    @BeforeEach
    void setUp() {
        workspace = Workspace.inMemory("demo");
        workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        ShellContext context = new ShellContext(workspace, ShellPreferences.inMemory(), "tester",
                Path.of("steward.log"), new NoOpener(), "1.0");
        shell = new ShellViewModel(context, executor);
        status = new StatusBarViewModel(executor, "tester");
        status.attach(workspace);
    }

    @AfterEach
    void tearDown() {
        if (shell.session() != null) {
            workspace.close();
        }
    }

    @Test
    void undoAndRedoFollowTheHistory() {
        assertThat(shell.canUndoProperty().get()).isFalse();
        record();
        assertThat(shell.canUndoProperty().get()).isTrue();

        shell.undo();
        assertThat(shell.canUndoProperty().get()).isFalse();
        assertThat(shell.canRedoProperty().get()).isTrue();
        assertThat(workspace.changes().pendingCount()).isZero();

        shell.redo();
        assertThat(shell.canRedoProperty().get()).isFalse();
        assertThat(workspace.changes().pendingCount()).isOne();
    }

    @Test
    void statusBarCountsRefreshWhenChangesMove() {
        assertThat(status.workspaceNameProperty().get()).isEqualTo("demo");
        assertThat(status.countsProperty().get()).contains("3 datasets").contains("0 pending changes");

        record();

        assertThat(status.countsProperty().get()).contains("1 pending change");
    }

    @Test
    void themeTogglesAndIsRemembered() {
        shell.toggleTheme();

        assertThat(shell.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(shell.context().preferences().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void closingLeavesNoSession() {
        shell.close();

        assertThat(shell.session()).isNull();
        assertThat(shell.canUndoProperty().get()).isFalse();
    }

    private void record() {
        Entity customers = workspace.catalog().entityByQualifiedName(TestCatalogs.CUSTOMERS).orElseThrow();
        shell.session().edits().record(new DescriptionChange(customers.id(), customers.description(), "new"));
    }

    private static final class NoOpener implements WorkspaceOpener {
        @Override
        public Workspace open(Path directory) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Workspace create(Path directory, String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path demoWorkspace() {
            throw new UnsupportedOperationException();
        }
    }
}
