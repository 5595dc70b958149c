package org.steward.views.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.task.SameThreadTaskExecutor;

class PropagationEdgeRulesTest {

    @Test
    void aBlockedEdgeKeepsLabelsFromCrossingItUntilAllowedAgain() {
        try (Workspace workspace = Workspace.inMemory("test")) {
            workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
            long customers = workspace.catalog().entityByQualifiedName(TestCatalogs.CUSTOMERS).orElseThrow().id();
            long load = workspace.catalog().entityByQualifiedName(TestCatalogs.LOAD).orElseThrow().id();
            PropagationEdgeRules rules = new PropagationEdgeRules(WorkspaceSession.of(workspace, "tester"),
                    new SameThreadTaskExecutor());
            LineageEdge edge = LineageEdge.stored(customers, load, LineageLevel.DATASET, null);
            List<ClassificationAdded> label = List.of(new ClassificationAdded(customers, "Confidential"));

            rules.block(edge);
            assertThat(workspace.propagation().preview(label).diff().added()).isEmpty();

            rules.allow(edge);
            assertThat(workspace.propagation().preview(label).diff().added()).hasSize(2);
        }
    }
}
