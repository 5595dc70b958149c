package org.steward.model.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.CatalogBatch;

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

    @Test
    void fiftyThousandEntitiesKeepTheProportionsAndStayWithinFivePercent() {
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        int[] largestBatch = new int[1];
        generator.generate(DemoSize.ofEntities(50_000), batch -> {
            largestBatch[0] = Math.max(largestBatch[0], batch.entities().size());
            batch.entities().forEach(e -> counts.merge(e.type(), 1, Integer::sum));
        });
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();

        assertThat(total).isBetween(47_500, 52_500);
        assertThat(largestBatch[0]).isLessThanOrEqualTo(DemoCatalogGenerator.DEFAULT_CHUNK_ENTITIES);
        DemoStats reference = DemoFixture.defaultStats();
        for (EntityType type : new EntityType[] {EntityType.DATASET, EntityType.COLUMN, EntityType.PROCESS}) {
            double expected = (double) reference.count(type) / reference.total();
            assertThat((double) counts.get(type) / total).as(type + " share")
                    .isBetween(expected * 0.9, expected * 1.1);
        }
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
