package org.steward.views.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.IngestResult;
import org.steward.model.ingest.LineageEdgeRecord;

class ImportFocusTest {

    @Test
    void picksTheImportedDatasetMostEdgesTouchAcrossBatches() {
        ImportFocus focus = new ImportFocus();
        focus.watch(batch(List.of(dataset("raw.orders"), dataset("raw.customers"), process("job.a")),
                List.of(LineageEdgeRecord.of("raw.orders", "job.a"), LineageEdgeRecord.of("raw.customers", "job.a"))));
        focus.watch(batch(List.of(dataset("mart.orders"), process("job.b")),
                List.of(LineageEdgeRecord.of("job.a", "mart.orders"), LineageEdgeRecord.of("mart.orders", "job.b"),
                        LineageEdgeRecord.of("raw.orders", "job.b"), LineageEdgeRecord.of("job.b", "mart.orders"))));

        assertThat(focus.busiest()).contains("mart.orders");
    }

    @Test
    void amongEquallyBusyDatasetsPicksTheOneAJobWritesSoItsInputsShowUpstream() {
        ImportFocus focus = new ImportFocus();
        focus.watch(batch(List.of(dataset("t1"), dataset("t2"), dataset("xxx"), process("ctas")),
                List.of(LineageEdgeRecord.of("t1", "ctas"), LineageEdgeRecord.of("t2", "ctas"),
                        LineageEdgeRecord.of("ctas", "xxx"))));

        assertThat(focus.busiest()).contains("xxx");
    }

    @Test
    void namesNothingWhenTheImportBroughtNoLineage() {
        ImportFocus focus = new ImportFocus();
        focus.watch(batch(List.of(dataset("raw.orders")), List.of()));

        assertThat(focus.busiest()).isEmpty();
    }

    @Test
    void summarySaysWhatChangedOrThatNothingDid() {
        assertThat(new LineageFiles.ImportOutcome("events.json", new IngestResult(19, 2, 3, 12, 0, 40), 7L).summary())
                .isEqualTo("Imported events.json: 19 new, 2 updated, 3 unchanged entities; 12 lineage edges added;"
                        + " showing its busiest dataset.");
        assertThat(new LineageFiles.ImportOutcome("events.json", new IngestResult(0, 0, 24, 0, 0, 40), null).summary())
                .isEqualTo("Imported events.json: nothing new (24 entities already as in the file).");
    }

    private static CatalogBatch batch(List<EntityRecord> entities, List<LineageEdgeRecord> edges) {
        return new CatalogBatch("test", List.of(), List.of(), List.of(), entities, List.of(), edges);
    }

    private static EntityRecord dataset(String name) {
        return EntityRecord.builder(EntityType.DATASET, name).name(name).build();
    }

    private static EntityRecord process(String name) {
        return EntityRecord.builder(EntityType.PROCESS, name).name(name).build();
    }
}
