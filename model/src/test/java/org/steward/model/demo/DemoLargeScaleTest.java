package org.steward.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.EntityType;

class DemoLargeScaleTest {

    private final DemoCatalogGenerator generator = new DemoCatalogGenerator();

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
}
