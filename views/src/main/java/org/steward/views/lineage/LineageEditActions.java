package org.steward.views.lineage;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageNode;
import org.steward.views.common.Glyph;

/**
 * The lineage view's edits as actions for the toolbar: add a process, add an edge from the selected node, remove
 * the edge between the two selected nodes, remove the selected process. Each is disabled while it does not apply,
 * and all of them while two compared exports are shown (their nodes are not the workspace's).
 */
final class LineageEditActions {
    private final LineageViewModel model;
    private final Runnable addProcess;
    private final Runnable addEdge;

    LineageEditActions(LineageViewModel model, Runnable addProcess, Runnable addEdge) {
        this.model = model;
        this.addProcess = addProcess;
        this.addEdge = addEdge;
    }

    List<LineageAction> actions() {
        BooleanBinding comparing = model.comparisonProperty().isNotNull();
        BooleanBinding noGraph = model.focusProperty().isNull().or(comparing);
        BooleanBinding nothingSelected = model.selectedProperty().isNull().or(comparing);
        BooleanBinding noEdge = Bindings.createBooleanBinding(() -> removableEdge() == null,
                model.selectedProperty(), model.secondProperty(), model.shownProperty()).or(comparing);
        BooleanBinding noProcess = Bindings.createBooleanBinding(() -> removableProcess() == null,
                model.selectedProperty()).or(comparing);
        return List.of(
                new LineageAction("lineage-add-process", "Add process…", Glyph.PROCESS, "shortcut+shift+N",
                        addProcess, noGraph),
                new LineageAction("lineage-add-edge", "Add an edge from the selected node…", Glyph.ADD,
                        "shortcut+shift+E", addEdge, nothingSelected),
                new LineageAction("lineage-remove-edge", "Remove the edge between the two selected nodes",
                        Glyph.REMOVE, null, this::removeEdge, noEdge),
                new LineageAction("lineage-remove-process", "Remove the selected process", Glyph.CANCEL, null,
                        this::removeProcess, noProcess));
    }

    private LineageEdge removableEdge() {
        LineageEdge edge = model.selectedEdge();
        return edge != null && edge.pending() == LineageEdge.PendingState.NONE ? edge : null;
    }

    private LineageNode removableProcess() {
        LineageNode node = model.selectedProperty().get();
        return node != null && node.type() == EntityType.PROCESS && !node.pending() ? node : null;
    }

    private void removeEdge() {
        LineageEdge edge = removableEdge();
        if (edge != null) {
            model.removeEdge(edge);
        }
    }

    private void removeProcess() {
        LineageNode node = removableProcess();
        if (node != null) {
            model.removeProcess(node.id());
        }
    }
}
