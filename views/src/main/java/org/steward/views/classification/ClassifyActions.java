package org.steward.views.classification;

import java.util.List;
import javafx.stage.Window;
import org.steward.model.catalog.Entity;
import org.steward.model.change.ClassificationRemoved;
import org.steward.model.classification.propagation.PropagationPreview;
import org.steward.views.shell.Area;
import org.steward.views.shell.AreaNavigator;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/** Opens the classification editor for a selection, removes labels, and shows a preview on the lineage graph. */
public final class ClassifyActions {
    private final WorkspaceSession session;
    private final TaskExecutor executor;
    private final AreaNavigator navigator;

    public ClassifyActions(WorkspaceSession session, TaskExecutor executor, AreaNavigator navigator) {
        this.session = session;
        this.executor = executor;
        this.navigator = navigator;
    }

    /** Opens the editor on these entities; does nothing for an empty selection. */
    public void classify(List<Entity> targets, Window owner) {
        if (targets.isEmpty()) {
            return;
        }
        ClassificationEditorViewModel model = new ClassificationEditorViewModel(session, executor);
        model.targets().setAll(targets);
        model.load();
        new ClassificationDialog(model, owner, this::showOnLineage).show();
    }

    /** Records the removal of a direct label from these entities as one undoable step. */
    public void remove(List<Entity> targets, String classification) {
        List<ClassificationRemoved> changes = targets.stream()
                .map(target -> new ClassificationRemoved(target.id(), classification, "")).toList();
        executor.execute(BackgroundJob.visible("Removing " + classification,
                monitor -> session.edits().recordAll(changes), recorded -> { }));
    }

    public void showOnLineage(PropagationPreview preview) {
        preview.focusId().ifPresent(focus -> navigator.show(Area.LINEAGE, focus, preview.affectedWithDatasets()));
    }
}
