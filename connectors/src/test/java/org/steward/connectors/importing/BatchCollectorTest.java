package org.steward.connectors.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.EntityRecord;

class BatchCollectorTest {

    @Test
    void aLogOfRepeatedRunsIsHandedOverEarlyOnceAndRepeatsAreNotSentAgain() {
        List<CatalogBatch> batches = new ArrayList<>();
        BatchCollector collector = new BatchCollector("openlineage:runs.ndjson", batches::add, 10);
        for (int run = 0; run < 30; run++) {
            collector.entity(dataset("raw.orders"));
            collector.entity(dataset("mart.orders"));
            collector.edge("raw.orders", "mart.orders", null);
            collector.flushIfFull();
        }
        int handedOverWhileReading = batches.size();
        collector.flush();

        assertThat(handedOverWhileReading).as("the two datasets go to the workspace before the end of the file")
                .isEqualTo(1);
        assertThat(batches.get(0).entities()).extracting(EntityRecord::qualifiedName)
                .containsExactly("raw.orders", "mart.orders");
        assertThat(batches.get(0).lineage()).hasSize(1);
        assertThat(batches).hasSize(1);
    }

    @Test
    void aChangedRecordIsSentAgainWithWhatTheLaterOccurrenceSaid() {
        List<CatalogBatch> batches = new ArrayList<>();
        BatchCollector collector = new BatchCollector("openlineage:runs.ndjson", batches::add, 10);
        collector.entity(dataset("raw.orders"));
        collector.flush();
        collector.entity(EntityRecord.builder(EntityType.DATASET, "raw.orders").name("raw.orders")
                .description("Orders as the shop wrote them").build());
        collector.flush();

        assertThat(batches).hasSize(2);
        assertThat(batches.get(1).entities().get(0).description()).isEqualTo("Orders as the shop wrote them");
    }

    private static EntityRecord dataset(String name) {
        return EntityRecord.builder(EntityType.DATASET, name).name(name).build();
    }
}
