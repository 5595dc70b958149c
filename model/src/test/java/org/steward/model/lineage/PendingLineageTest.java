package org.steward.model.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.model.change.ChangeCodec;
import org.steward.model.change.EditHistory;
import org.steward.model.change.LineageEdgeAdded;
import org.steward.model.change.LineageEdgeRemoved;
import org.steward.model.change.ProcessAdded;
import org.steward.model.change.ProcessRemoved;
import org.steward.model.change.ProposedChange;
import org.steward.model.lineage.LineageEdge.PendingState;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;

class PendingLineageTest {
    private Workspace workspace;
    private EditHistory history;

    @BeforeEach
    void open() {
        workspace = Workspace.inMemory("pending");
        workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        history = new EditHistory(workspace.changes(), "steward.one", 50);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private long id(String qualifiedName) {
        return workspace.catalog().entityByQualifiedName(qualifiedName).orElseThrow().id();
    }

    private LineageSubgraph around(String qualifiedName) {
        return workspace.lineage().subgraph(LineageRequest.around(id(qualifiedName), LineageRequest.ALL,
                LineageLevel.DATASET));
    }

    @Test
    void anAddedEdgeShowsAsPendingAndUndoTakesItAway() {
        history.record(new LineageEdgeAdded(id(TestCatalogs.ORDERS), id(TestCatalogs.DASHBOARD), null));

        LineageSubgraph subgraph = around(TestCatalogs.ORDERS);
        assertThat(subgraph.edges()).filteredOn(edge -> edge.pending() == PendingState.ADDED).singleElement()
                .satisfies(edge -> assertThat(edge.toId()).isEqualTo(id(TestCatalogs.DASHBOARD)));
        assertThat(workspace.lineage().closure(id(TestCatalogs.ORDERS), true, 1, LineageLevel.DATASET))
                .as("stored lineage is unchanged").containsExactly(id(TestCatalogs.LOAD));

        history.undo();
        assertThat(around(TestCatalogs.ORDERS).edges()).noneMatch(edge -> edge.pending() != PendingState.NONE);
        history.redo();
        assertThat(around(TestCatalogs.ORDERS).edges()).anyMatch(edge -> edge.pending() == PendingState.ADDED);
    }

    @Test
    void removedEdgesAndProcessesStayVisibleMarkedRemoved() {
        history.record(new LineageEdgeRemoved(id(TestCatalogs.STG_CUSTOMERS), id(TestCatalogs.DASHBOARD)));
        history.record(new ProcessRemoved(id(TestCatalogs.LOAD)));

        assertThat(around(TestCatalogs.STG_CUSTOMERS).edges()).hasSize(4)
                .allMatch(edge -> edge.pending() == PendingState.REMOVED);
    }

    @Test
    void anAddedProcessGetsASyntheticNegativeId() {
        ProposedChange proposed = history.record(new ProcessAdded("manual:copy_orders", "copy orders",
                List.of(id(TestCatalogs.ORDERS)), List.of(id(TestCatalogs.STG_CUSTOMERS))));

        LineageSubgraph subgraph = around(TestCatalogs.ORDERS);
        long synthetic = ProcessAdded.syntheticId(proposed.id());
        assertThat(subgraph.nodes()).filteredOn(LineageNode::pending).singleElement().satisfies(node -> {
            assertThat(node.id()).isEqualTo(synthetic).isNegative();
            assertThat(node.name()).isEqualTo("copy orders");
        });
        assertThat(subgraph.distance().get(synthetic)).isEqualTo(1);
        assertThat(subgraph.edges()).filteredOn(edge -> edge.pending() == PendingState.ADDED)
                .extracting(LineageEdge::fromId).containsExactlyInAnyOrder(id(TestCatalogs.ORDERS), synthetic);
        assertThat(proposed.change().entityId()).isEqualTo(id(TestCatalogs.ORDERS));
    }

    @Test
    void lineageChangesRoundTripThroughTheCodecAndTheStore() {
        List<org.steward.model.change.Change> changes = List.of(new LineageEdgeAdded(1, 2, 3L),
                new LineageEdgeAdded(4, 5, null), new LineageEdgeRemoved(6, 7),
                new ProcessAdded("p", "P", List.of(1L, 2L), List.of()), new ProcessRemoved(9));
        for (org.steward.model.change.Change change : changes) {
            assertThat(ChangeCodec.decode(change.kind(), change.entityId(), ChangeCodec.before(change),
                    ChangeCodec.after(change))).isEqualTo(change);
        }
        ProposedChange stored = history.record(new LineageEdgeAdded(id(TestCatalogs.ORDERS),
                id(TestCatalogs.DASHBOARD), id(TestCatalogs.LOAD)));
        assertThat(workspace.changes().find(stored.id()).orElseThrow().change()).isEqualTo(stored.change());
        assertThat(workspace.audit().latest(3)).anySatisfy(event ->
                assertThat(event.detail()).contains("lineage edge added"));
    }
}
