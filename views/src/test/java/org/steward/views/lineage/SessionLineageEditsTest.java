package org.steward.views.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.steward.model.change.ProcessRemoved;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageRequest;
import org.steward.model.lineage.LineageSubgraph;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.testing.TestWorkspaces;

class SessionLineageEditsTest {

    @Test
    void removingAProcessIsAPendingChangeThatUndoTakesBack() {
        try (Workspace workspace = TestWorkspaces.small()) {
            WorkspaceSession session = WorkspaceSession.of(workspace, "steward.one");
            LineageEdits edits = LineageServices.ofWorkspace().edits(session);
            long process = workspace.catalog().entityByQualifiedName(TestCatalogs.LOAD).orElseThrow().id();
            long staging = workspace.catalog().entityByQualifiedName(TestCatalogs.STG_CUSTOMERS).orElseThrow().id();

            edits.removeProcess(process);

            assertThat(workspace.changes().pending()).singleElement()
                    .satisfies(change -> assertThat(change.change()).isEqualTo(new ProcessRemoved(process)));
            LineageSubgraph around = workspace.lineage().subgraph(LineageRequest.around(staging, 2,
                    LineageLevel.DATASET));
            assertThat(around.edges()).filteredOn(edge -> edge.toId() == staging && edge.fromId() == process)
                    .singleElement().satisfies(edge -> assertThat(edge.pending())
                            .isEqualTo(LineageEdge.PendingState.REMOVED));

            session.edits().undo();
            assertThat(workspace.changes().pendingCount()).isZero();
        }
    }
}
