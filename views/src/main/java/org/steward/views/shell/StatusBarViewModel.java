package org.steward.views.shell;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.steward.model.catalog.CatalogStats;
import org.steward.model.catalog.EntityType;
import org.steward.model.workspace.Workspace;
import org.steward.model.workspace.WorkspaceListener;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/** The status bar's texts: workspace name, entity counts (refreshed on every workspace event) and user. */
public final class StatusBarViewModel {
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper workspaceName = new ReadOnlyStringWrapper(this, "workspaceName", "");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper user = new ReadOnlyStringWrapper(this, "user", "");
    private final WorkspaceListener listener = new WorkspaceListener() {
        @Override
        public void catalogChanged() {
            refresh();
        }

        @Override
        public void changesChanged() {
            refresh();
        }
    };
    private Workspace workspace;
    private long generation;

    public StatusBarViewModel(TaskExecutor executor, String currentUser) {
        this.executor = executor;
        user.set(currentUser);
    }

    /** Shows the current user and roles, e.g. "rhea.reviewer · reviewer". */
    public void showUser(String text) {
        user.set(text);
    }

    /** Follows this workspace from now on, or none for {@code null}. */
    public void attach(Workspace next) {
        if (workspace != null) {
            workspace.removeListener(listener);
        }
        workspace = next;
        if (next == null) {
            generation++;
            workspaceName.set("No workspace");
            counts.set("");
            return;
        }
        workspaceName.set(next.name());
        next.addListener(listener);
        refresh();
    }

    public void refresh() {
        Workspace target = workspace;
        if (target == null) {
            return;
        }
        executor.runOnUi(() -> {
            long mine = ++generation;
            executor.execute(BackgroundJob.quiet("Counting entities", monitor -> target.stats(), stats -> {
                if (mine == generation) {
                    counts.set(format(stats));
                }
            }));
        });
    }

    static String format(CatalogStats stats) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.US);
        return String.join(" · ",
                plural(numbers, stats.count(EntityType.DATASET), "dataset", "datasets"),
                plural(numbers, stats.count(EntityType.COLUMN), "column", "columns"),
                plural(numbers, stats.count(EntityType.PROCESS), "process", "processes"),
                plural(numbers, stats.count(EntityType.DASHBOARD), "dashboard", "dashboards"),
                plural(numbers, stats.pendingChanges(), "pending change", "pending changes"));
    }

    private static String plural(NumberFormat numbers, long count, String one, String many) {
        return numbers.format(count) + " " + (count == 1 ? one : many);
    }

    public ReadOnlyStringProperty workspaceNameProperty() {
        return workspaceName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userProperty() {
        return user.getReadOnlyProperty();
    }
}
