package org.steward.model.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.task.CancelledException;
import org.steward.model.task.ProgressMonitor;

class DemoScalingTest {

    private final DemoCatalogGenerator generator = new DemoCatalogGenerator();

    @Test
    void aThousandEntitiesGiveAMiniatureCompanyWithTheSameProportions() {
        DemoStats small = new DemoStats(false);
        generator.generate(DemoSize.ofEntities(1_000), small);

        assertThat(small.total()).isBetween(950, 1_050);
        assertThat(small.problems).isEmpty();
        assertSameProportions(small, DemoFixture.defaultStats());
        assertThat(small.count(EntityType.DASHBOARD)).isPositive();
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 300, 2_000, 3_000, 7_777, 12_345})
    void anySizeLandsWithinFivePercentOfTheRequest(int requested) {
        int[] total = new int[1];
        generator.generate(DemoSize.ofEntities(requested), batch -> total[0] += batch.entities().size());

        int tolerance = Math.max(requested / 20, 15);
        assertThat(total[0]).isBetween(requested - tolerance, requested + tolerance);
    }

    @Test
    void generateAllMergesTheChunksOfASmallDemo() {
        CatalogBatch all = generator.generateAll(DemoSize.ofEntities(3_000));

        assertThat(all.origin()).isEqualTo(DemoCatalogGenerator.ORIGIN);
        assertThat(all.entities()).hasSizeBetween(2_850, 3_150);
        assertThat(all.owners()).isNotEmpty();
        assertThat(all.lineage()).isNotEmpty();
    }

    @Test
    void reportsProgressPerMarketAndStopsWhenCancelled() {
        List<Long> done = new ArrayList<>();
        ProgressMonitor cancelAfterTwoMarkets = new ProgressMonitor() {
            @Override
            public void progress(long emitted, long total, String message) {
                done.add(emitted);
            }

            @Override
            public boolean isCancelled() {
                return done.size() >= 2;
            }
        };
        List<CatalogBatch> received = new ArrayList<>();

        assertThatThrownBy(() -> generator.generate(DemoSize.ofEntities(20_000), received::add, cancelAfterTwoMarkets))
                .isInstanceOf(CancelledException.class);
        assertThat(done).hasSize(2);
        assertThat(done.get(1)).isPositive();
    }

    @Test
    void sizesOutsideTheSupportedRangeAreRejected() {
        assertThatThrownBy(() -> DemoSize.ofEntities(10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DemoSize.ofEntities(1_000_000).entities()).isEqualTo(1_000_000);
    }

    private static void assertSameProportions(DemoStats actual, DemoStats reference) {
        for (EntityType type : new EntityType[] {EntityType.DATASET, EntityType.COLUMN, EntityType.PROCESS}) {
            double share = (double) actual.count(type) / actual.total();
            double expected = (double) reference.count(type) / reference.total();
            assertThat(share).as(type + " share").isBetween(expected * 0.75, expected * 1.25);
        }
    }
}
