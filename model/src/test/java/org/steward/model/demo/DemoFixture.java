package org.steward.model.demo;

import java.util.ArrayList;
import java.util.List;
import org.steward.model.ingest.CatalogBatch;

/**
 * The default demo, generated once per test JVM in small chunks of {@value #CHUNK} entities and shared by the test
 * classes that only read it.
 */
final class DemoFixture {

    static final int CHUNK = 5_000;

    private static List<CatalogBatch> batches;
    private static CatalogBatch merged;
    private static DemoStats stats;

    private DemoFixture() {
    }

    static synchronized List<CatalogBatch> defaultBatches() {
        if (batches == null) {
            List<CatalogBatch> out = new ArrayList<>();
            stats = new DemoStats(false);
            new DemoCatalogGenerator(DemoBlueprint.load(), DemoCatalogGenerator.DEFAULT_SEED, CHUNK)
                    .generate(DemoSize.DEFAULT, batch -> {
                        out.add(batch);
                        stats.accept(batch);
                    });
            batches = List.copyOf(out);
        }
        return batches;
    }

    static synchronized DemoStats defaultStats() {
        defaultBatches();
        return stats;
    }

    static synchronized CatalogBatch defaultDemo() {
        if (merged == null) {
            List<CatalogBatch> all = defaultBatches();
            merged = new CatalogBatch(DemoCatalogGenerator.ORIGIN,
                    all.stream().flatMap(b -> b.owners().stream()).toList(),
                    all.stream().flatMap(b -> b.glossaryTerms().stream()).toList(),
                    all.stream().flatMap(b -> b.classificationDefinitions().stream()).toList(),
                    all.stream().flatMap(b -> b.entities().stream()).toList(),
                    all.stream().flatMap(b -> b.classifications().stream()).toList(),
                    all.stream().flatMap(b -> b.lineage().stream()).toList());
        }
        return merged;
    }
}
