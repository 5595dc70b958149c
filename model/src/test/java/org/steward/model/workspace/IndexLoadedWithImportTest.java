package org.steward.model.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.IngestException;
import org.steward.model.platform.PulledState;
import org.steward.model.search.SearchHit;
import org.steward.model.search.SearchQuery;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;

/**
 * A pull into an empty workspace fills the search index while it is written; the index must end up exactly as a
 * rebuild from the database would make it, also for datasets whose columns and labels arrive in later batches.
 */
class IndexLoadedWithImportTest {
    private static final List<String> QUERIES = List.of("customers", "email", "birth", "cust", "pii", "ana",
            "orders customer_id", "stg", "churn", "data platform", "e");
    private static final Supplier<PulledState> NOTHING_REMOTE =
            () -> new PulledState("https://atlas.example.com", List.of(), Map.of());

    @Test
    void documentsHandedOverDuringTheImportMatchARebuild() {
        try (Workspace workspace = Workspace.inMemory("split")) {
            workspace.ingestPull(datasetsFirstThenColumns(), "test:small", "tester", ProgressMonitor.NONE,
                    NOTHING_REMOTE);
            List<List<SearchHit>> loaded = searchAll(workspace);
            assertThat(loaded.get(2)).extracting(hit -> hit.entity().name()).contains("customers", "birth_date");

            workspace.rebuildSearchIndex(ProgressMonitor.NONE);

            assertThat(searchAll(workspace)).isEqualTo(loaded);
        }
    }

    @Test
    void aFailedImportLeavesTheIndexEmptyAndTheNextImportFillsIt(@TempDir Path dir) {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"), "failing")) {
            CatalogBatch broken = withEntity(TestCatalogs.small(), EntityRecord.builder(EntityType.DATASET,
                    "shop.public.ghost@pg").name("ghost").owner("nobody").build());
            assertThatThrownBy(() -> workspace.ingestPull(sink -> {
                sink.accept(TestCatalogs.small());
                sink.accept(broken);
            }, "test:small", "tester", ProgressMonitor.NONE, NOTHING_REMOTE)).isInstanceOf(IngestException.class);

            assertThat(workspace.search().search(SearchQuery.text("customers")).hits()).isEmpty();
            assertThat(workspace.stats().totalEntities()).isZero();

            workspace.ingestPull(sink -> sink.accept(TestCatalogs.small()), "test:small", "tester",
                    ProgressMonitor.NONE, NOTHING_REMOTE);
            assertThat(workspace.search().search(SearchQuery.text("customers")).hits())
                    .extracting(hit -> hit.entity().qualifiedName()).contains(TestCatalogs.CUSTOMERS);
        }
        try (Workspace reopened = Workspace.open(dir.resolve("ws"))) {
            assertThat(reopened.search().search(SearchQuery.text("orders")).hits())
                    .extracting(hit -> hit.entity().qualifiedName()).contains(TestCatalogs.ORDERS);
        }
    }

    /** The small catalog in two batches: datasets, processes and dashboards, then columns, labels and lineage. */
    private static Consumer<Consumer<CatalogBatch>> datasetsFirstThenColumns() {
        CatalogBatch all = TestCatalogs.small();
        List<EntityRecord> first = new ArrayList<>();
        List<EntityRecord> second = new ArrayList<>();
        all.entities().forEach(entity -> (entity.type() == EntityType.COLUMN ? second : first).add(entity));
        return sink -> {
            sink.accept(new CatalogBatch(all.origin(), all.owners(), all.glossaryTerms(),
                    all.classificationDefinitions(), first, List.of(), List.of()));
            sink.accept(new CatalogBatch(all.origin(), List.of(), List.of(), List.of(), second,
                    all.classifications(), all.lineage()));
        };
    }

    private static CatalogBatch withEntity(CatalogBatch batch, EntityRecord extra) {
        List<EntityRecord> entities = new ArrayList<>(batch.entities());
        entities.add(extra);
        return new CatalogBatch(batch.origin(), batch.owners(), batch.glossaryTerms(),
                batch.classificationDefinitions(), entities, batch.classifications(), batch.lineage());
    }

    private static List<List<SearchHit>> searchAll(Workspace workspace) {
        return QUERIES.stream().map(text -> workspace.search().search(SearchQuery.text(text)).hits()).toList();
    }
}
