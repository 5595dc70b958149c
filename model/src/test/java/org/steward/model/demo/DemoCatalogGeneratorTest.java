package org.steward.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.LineageEdgeRecord;

class DemoCatalogGeneratorTest {

    @Test
    void defaultDemoHasAboutTwoThousandDatasetsAndTwentyFiveThousandColumns() {
        DemoStats stats = DemoFixture.defaultStats();

        assertThat(stats.count(EntityType.DATASET)).isBetween(1_800, 2_200);
        assertThat(stats.count(EntityType.COLUMN)).isBetween(22_500, 27_500);
        assertThat(stats.count(EntityType.PROCESS)).isGreaterThan(1_000);
        assertThat(stats.count(EntityType.DASHBOARD)).isGreaterThan(50);
        assertThat(stats.owners).isBetween(35, 50);
        assertThat(stats.glossaryTerms).isBetween(35, 50);
        assertThat(stats.definitions).isGreaterThanOrEqualTo(18);
    }

    @Test
    void everyReferenceResolvesToAnEntityOfTheSameOrAnEarlierBatchAndNamesAreUnique() {
        DemoStats stats = DemoFixture.defaultStats();

        assertThat(stats.problems).isEmpty();
        assertThat(stats.duplicates).isZero();
        assertThat(stats.batchSizes).hasSizeGreaterThan(4)
                .allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(DemoFixture.CHUNK));
        assertThat(DemoFixture.defaultBatches().get(0).owners()).isNotEmpty();
        assertThat(DemoFixture.defaultBatches().get(0).classificationDefinitions()).isNotEmpty();
    }

    @Test
    void sameSizeAndSeedGiveTheSameRecordsAndAnotherSeedDoesNot() {
        DemoStats first = new DemoStats(true);
        DemoStats second = new DemoStats(true);
        DemoStats otherSeed = new DemoStats(true);
        new DemoCatalogGenerator(11L).generate(DemoSize.ofEntities(4_000), first);
        new DemoCatalogGenerator(11L).generate(DemoSize.ofEntities(4_000), second);
        new DemoCatalogGenerator(12L).generate(DemoSize.ofEntities(4_000), otherSeed);

        String digest = first.digestHex();
        assertThat(second.digestHex()).isEqualTo(digest);
        assertThat(otherSeed.digestHex()).isNotEqualTo(digest);
    }

    @Test
    void datasetLineageRunsThroughProcessesAndColumnLineageNamesItsProcess() {
        CatalogBatch demo = DemoFixture.defaultDemo();
        Map<String, EntityType> types = new HashMap<>();
        demo.entities().forEach(e -> types.put(e.qualifiedName(), e.type()));

        for (LineageEdgeRecord edge : demo.lineage()) {
            EntityType from = types.get(edge.fromQualifiedName());
            EntityType to = types.get(edge.toQualifiedName());
            if (edge.viaProcessQualifiedName() == null) {
                assertThat(from == EntityType.PROCESS ^ to == EntityType.PROCESS).as(edge.toString()).isTrue();
            } else {
                assertThat(from).as(edge.toString()).isEqualTo(EntityType.COLUMN);
                assertThat(to).as(edge.toString()).isEqualTo(EntityType.COLUMN);
                assertThat(types.get(edge.viaProcessQualifiedName())).isEqualTo(EntityType.PROCESS);
            }
        }
    }

    @Test
    void lineageHasNoCyclesAndSomeDatasetsFanInAndOut() {
        CatalogBatch demo = DemoFixture.defaultDemo();
        Map<String, List<String>> next = new HashMap<>();
        Map<String, Integer> indegree = new HashMap<>();
        for (LineageEdgeRecord edge : demo.lineage()) {
            next.computeIfAbsent(edge.fromQualifiedName(), k -> new ArrayList<>()).add(edge.toQualifiedName());
            indegree.merge(edge.toQualifiedName(), 1, Integer::sum);
            indegree.putIfAbsent(edge.fromQualifiedName(), 0);
        }
        Deque<String> ready = new ArrayDeque<>();
        indegree.forEach((node, degree) -> {
            if (degree == 0) {
                ready.add(node);
            }
        });
        int visited = 0;
        while (!ready.isEmpty()) {
            String node = ready.poll();
            visited++;
            for (String target : next.getOrDefault(node, List.of())) {
                if (indegree.merge(target, -1, Integer::sum) == 0) {
                    ready.add(target);
                }
            }
        }
        assertThat(visited).as("nodes in topological order").isEqualTo(indegree.size());

        Map<String, EntityType> types = new HashMap<>();
        demo.entities().forEach(e -> types.put(e.qualifiedName(), e.type()));
        long processesWithSeveralInputs = demo.lineage().stream()
                .filter(e -> e.viaProcessQualifiedName() == null
                        && types.get(e.toQualifiedName()) == EntityType.PROCESS)
                .collect(Collectors.groupingBy(LineageEdgeRecord::toQualifiedName,
                        Collectors.counting()))
                .values().stream().filter(n -> n > 1).count();
        long datasetsFeedingSeveral = demo.lineage().stream()
                .filter(e -> e.viaProcessQualifiedName() == null
                        && types.get(e.fromQualifiedName()) == EntityType.DATASET)
                .collect(Collectors.groupingBy(LineageEdgeRecord::fromQualifiedName,
                        Collectors.counting()))
                .values().stream().filter(n -> n > 1).count();
        assertThat(processesWithSeveralInputs).isGreaterThan(100);
        assertThat(datasetsFeedingSeveral).isGreaterThan(100);
    }

    @Test
    void catalogTreeGroupsDatasetsBySourceDatabaseAndSchema() {
        CatalogBatch demo = DemoFixture.defaultDemo();
        List<EntityRecord> datasets = demo.entities().stream().filter(e -> e.type() == EntityType.DATASET).toList();

        assertThat(datasets).allSatisfy(d -> {
            assertThat(d.source()).isNotBlank();
            assertThat(d.database()).isNotBlank();
            assertThat(d.schema()).isNotBlank();
        });
        assertThat(datasets).extracting(EntityRecord::source)
                .contains("pg-prod-eu", "mysql-crm-eu", "kafka-prod-eu", "s3-larkspur-lake-eu", "snowflake",
                        "feast-prod");
        assertThat(datasets).extracting(EntityRecord::qualifiedName)
                .contains("shop_db.public.customers@pg-prod-eu", "orders.order_placed.v1@kafka-prod-eu",
                        "s3://larkspur-lake-eu/raw/shop_db/customers@aws-eu",
                        "ANALYTICS_EU.MARTS_MARKETING.CUSTOMER_360@snowflake");
    }

    @Test
    void someDescriptionsAndOwnersAreMissingOnPurpose() {
        DemoStats stats = DemoFixture.defaultStats();
        double datasets = stats.count(EntityType.DATASET);
        double columns = stats.count(EntityType.COLUMN);

        assertThat(stats.blankDatasetDescriptions / datasets).isBetween(0.08, 0.25);
        assertThat(stats.blankColumnDescriptions / columns).isBetween(0.25, 0.45);
        assertThat(stats.unownedDatasets / datasets).isBetween(0.04, 0.14);
    }
}
