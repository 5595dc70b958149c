package org.steward.views.lineage;

import org.steward.model.classification.propagation.PropagationRule;
import org.steward.model.lineage.LineageEdge;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/** Blocks or allows classification propagation on a lineage edge: a workspace rule, saved at once and audited. */
final class PropagationEdgeRules {
    private final WorkspaceSession session;
    private final TaskExecutor executor;

    PropagationEdgeRules(WorkspaceSession session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
    }

    void block(LineageEdge edge) {
        executor.execute(BackgroundJob.visible("Blocking propagation on an edge", monitor -> {
            session.workspace().classifications().clearRules(edge.fromId(), edge.toId(), session.user());
            return session.workspace().classifications().addRule(PropagationRule.edge(edge.fromId(), edge.toId()),
                    session.user());
        }, rule -> { }));
    }

    void allow(LineageEdge edge) {
        executor.execute(BackgroundJob.visible("Allowing propagation on an edge", monitor -> {
            session.workspace().classifications().clearRules(edge.fromId(), edge.toId(), session.user());
            return edge;
        }, done -> { }));
    }
}
