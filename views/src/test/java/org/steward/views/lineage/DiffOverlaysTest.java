package org.steward.views.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.LineageEdgeRecord;
import org.steward.model.lineage.LineageDiff;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.lineage.canvas.DiffState;
import org.steward.views.lineage.canvas.GraphDiffOverlay;

class DiffOverlaysTest {

    @Test
    void coloursWhatTheWorkspaceChangedSinceTheComparedFile() {
        try (Workspace current = Workspace.inMemory("current"); Workspace compared = Workspace.inMemory("file")) {
            current.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
            CatalogBatch small = TestCatalogs.small();
            List<EntityRecord> entities = new ArrayList<>();
            for (EntityRecord entity : small.entities()) {
                entities.add(entity.qualifiedName().equals(TestCatalogs.ORDERS)
                        ? EntityRecord.builder(EntityType.DATASET, TestCatalogs.ORDERS).name("orders")
                                .location("pg-prod", "shop", "public").description("Last quarter's orders.").build()
                        : entity);
            }
            entities.add(EntityRecord.builder(EntityType.DATASET, "shop.public.returns@pg").name("returns").build());
            List<LineageEdgeRecord> lineage = new ArrayList<>(small.lineage());
            lineage.add(LineageEdgeRecord.of(TestCatalogs.ORDERS, TestCatalogs.DASHBOARD));
            compared.ingest(new CatalogBatch("file", small.owners(), small.glossaryTerms(),
                    small.classificationDefinitions(), entities, small.classifications(), lineage), "tester",
                    ProgressMonitor.NONE);

            LineageDiff diff = LineageDiff.between(compared.lineageSnapshot(), current.lineageSnapshot());
            GraphDiffOverlay overlay = DiffOverlays.of(diff, current.catalog(), "q3.json");

            long orders = current.catalog().entityByQualifiedName(TestCatalogs.ORDERS).orElseThrow().id();
            long dashboard = current.catalog().entityByQualifiedName(TestCatalogs.DASHBOARD).orElseThrow().id();
            assertThat(overlay.node(orders)).isEqualTo(DiffState.CHANGED);
            assertThat(overlay.edge(orders, dashboard)).isEqualTo(DiffState.REMOVED);
            assertThat(overlay.title()).startsWith("Compared with q3.json").contains("1 removed nodes");
        }
    }
}
