package org.steward.connectors.openlineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.connectors.importing.Fixtures;
import org.steward.connectors.importing.Fixtures.Counts;
import org.steward.connectors.importing.ImportException;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.workspace.Workspace;

/**
 * OpenLineage events from integrations the importer was not written against (src/test/resources/unseen, sources in
 * its README). Counts were derived by reading each file: a dataset per distinct namespace + name among inputs,
 * outputs and column-lineage inputs, a column per schema field and per column-lineage field, a process per job,
 * dataset → job → dataset edges and one column edge per (input field, output field).
 */
class OpenLineageUnseenFilesTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, datasets, columns, processes, dataset edges, column edges
        // Marquez seed: job1 dataset_a → dataset_b, job2 dataset_b → dataset_c, col_a → col_b → col_c; facets
        // 1-0-0 with transformationDescription/transformationType on each field.
        "openlineage/marquez-column-lineage.json,                       3,  3, 2, 4, 2",
        // Flink 2 SQL job (spec 2-0-2): two Kafka topics with 5 and 6 fields and TABLE symlinks; json-unit
        // placeholders sit in run facets only.
        "openlineage/flink2-expected_sql_kafka.json,                    2, 11, 1, 2, 0",
        // Spark Iceberg CTAS with no 'inputs': both sources come from columnLineage only (a, b from source1 and
        // source2), so they become inputs of the job; catalog and version facets are not read.
        "openlineage/spark-pysparkV2CreateTableAsSelectCompleteEvent.json, 3, 6, 1, 3, 4",
        // Airflow Trino operator: START names the input (8 fields), COMPLETE the output (3 fields); neither event
        // has eventTime, runId or producer.
        "openlineage/airflow-trino.json,                                2, 11, 1, 2, 0",
        // Great Expectations through Airflow: three validation runs, each reading one table or CSV (4 fields) with
        // data-quality input facets (run results, not kept); no outputs.
        "openlineage/airflow-great_expectations.json,                   3, 12, 3, 3, 0",
        // Marquez's smallest test events: datasets without facets.
        "openlineage/marquez-apples-1_pick_apples.json,                 2,  0, 1, 2, 0",
        // Python client serde examples of spec 2-0-0: a DatasetEvent (no job), a JobEvent (no run, no eventType)
        // and a RunEvent with neither inputs nor outputs.
        "openlineage/python-client-serde_example_dataset_event.json,    1,  2, 0, 0, 0",
        "openlineage/python-client-serde_example_job_event.json,        2,  2, 1, 2, 0",
        "openlineage/python-client-serde_example_run_event.json,        0,  0, 1, 0, 0",
    })
    void importsWithExactCountsAndReimportChangesNothing(String file, long datasets, long columns, long processes,
                                                         long datasetEdges, long columnEdges) {
        try (Workspace workspace = Workspace.inMemory("ol")) {
            Fixtures.importFile(workspace, new OpenLineageImporter(), Fixtures.unseen(file));

            assertThat(Counts.of(workspace))
                    .isEqualTo(new Counts(datasets, columns, processes, 0, datasetEdges, columnEdges));
            assertThat(Fixtures.importFile(workspace, new OpenLineageImporter(), Fixtures.unseen(file))
                    .changedAnything()).isFalse();
        }
    }

    @Test
    void howEachOutputFieldIsDerivedIsKeptOnTheField() throws IOException {
        Path masked = temp.resolve("masked.json");
        Files.writeString(masked, "{\"eventType\":\"COMPLETE\",\"job\":{\"namespace\":\"hive\",\"name\":\"mask\"},"
                + "\"outputs\":[{\"namespace\":\"file\",\"name\":\"/warehouse/test.db/xxx\",\"facets\":{"
                + "\"schema\":{\"fields\":[{\"name\":\"mt\",\"type\":\"string\"}]},\"columnLineage\":{\"fields\":{"
                + "\"mt\":{\"inputFields\":[{\"namespace\":\"file\",\"name\":\"/warehouse/test.db/t1\",\"field\":\"a\","
                + "\"transformations\":[{\"type\":\"DIRECT\",\"subtype\":\"TRANSFORMATION\",\"description\":\"\","
                + "\"masking\":true}]}]}}}}}]}");
        try (Workspace workspace = Workspace.inMemory("ol")) {
            Fixtures.importFile(workspace, new OpenLineageImporter(),
                    Fixtures.unseen("openlineage/marquez-column-lineage.json"));
            Fixtures.importFile(workspace, new OpenLineageImporter(), Fixtures.path(
                    "openlineage/integration/hive/hive-openlineage-hook/integrations/container/"
                            + "cllCtasWithJoinsComplete.json"));
            Fixtures.importFile(workspace, new OpenLineageImporter(), masked);

            // Facet 1-0-0: transformationType and transformationDescription of the output field.
            EntityDetails colB = details(workspace, "namespace/dataset_b#col_b");
            assertThat(colB.attributes()).containsEntry("columnLineage.transformations", "COPY: col_b = col_a");
            assertThat(colB.entity().dataType()).isEqualTo("string");
            // Facet 1-1-0 (Hive hook): the transformations of each input field.
            assertThat(details(workspace, "hive://localhost:9083/test.xxx#name").attributes())
                    .containsEntry("columnLineage.transformations", "hive://localhost:9083/test.t2#name DIRECT/IDENTITY")
                    .doesNotContainKey("columnLineage.masked");
            EntityDetails mt = details(workspace, "file/warehouse/test.db/xxx#mt");
            assertThat(mt.attributes()).containsEntry("columnLineage.transformations",
                    "file/warehouse/test.db/t1#a DIRECT/TRANSFORMATION masked").containsEntry("columnLineage.masked", "true");
            assertThat(mt.entity().dataType()).isEqualTo("string");
        }
    }

    @Test
    void aSubsetMatcherWithoutAJobNameIsRejectedWithItsPath() {
        try (Workspace workspace = Workspace.inMemory("ol")) {
            assertThatThrownBy(() -> Fixtures.importFile(workspace, new OpenLineageImporter(),
                    Fixtures.unseen("openlineage/spark-pysparkSymlinksComplete.json")))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("spark-pysparkSymlinksComplete.json line 3 col 10 at $.job.name: missing required "
                            + "string 'name'");
            assertThat(Counts.of(workspace)).isEqualTo(new Counts(0, 0, 0, 0, 0, 0));
        }
    }

    @Test
    void eventsOfOneJobInSeveralFilesMergeIntoOneProcess() {
        try (Workspace workspace = Workspace.inMemory("ol")) {
            Fixtures.importFiles(workspace, new OpenLineageImporter(), List.of(
                    Fixtures.unseen("openlineage/marquez-apples-1_pick_apples.json"),
                    Fixtures.unseen("openlineage/marquez-apples-2_apple_filling.json"),
                    Fixtures.unseen("openlineage/marquez-apples-8_apple_filling.json")));

            // red.delicious, apples, cinnamon, apple.filling and (in the later run) cupboard/sugar.
            assertThat(Counts.of(workspace)).isEqualTo(new Counts(5, 0, 2, 0, 6, 0));
            assertThat(details(workspace, "job:grandmas.kitchen/prepare_apple_filling").upstreamCount())
                    .isEqualTo(3);
        }
    }

    @Test
    void datasetJobAndRunEventsOfOneProducerAddUp() {
        try (Workspace workspace = Workspace.inMemory("ol")) {
            Fixtures.importFiles(workspace, new OpenLineageImporter(), List.of(
                    Fixtures.unseen("openlineage/python-client-serde_example_run_event.json"),
                    Fixtures.unseen("openlineage/python-client-serde_example_job_event.json"),
                    Fixtures.unseen("openlineage/python-client-serde_example_dataset_event.json")));

            // The job 'name' and the dataset 'name' of namespace openlineage are two entities.
            assertThat(Counts.of(workspace)).isEqualTo(new Counts(3, 4, 1, 0, 2, 0));
            assertThat(details(workspace, "openlineage/name").columns()).hasSize(2);
        }
    }

    @Test
    void facetsOfUnseenProducersLandOnTheEntities() {
        try (Workspace workspace = Workspace.inMemory("ol")) {
            Fixtures.importFile(workspace, new OpenLineageImporter(), Fixtures.unseen("openlineage/airflow-trino.json"));
            Fixtures.importFile(workspace, new OpenLineageImporter(),
                    Fixtures.unseen("openlineage/flink2-expected_sql_kafka.json"));

            EntityDetails job = details(workspace, "job:food_delivery/trino_orders_popular_day_of_week.trino_insert");
            assertThat(job.entity().description()).isEqualTo("Determines the popular day of week orders are placed.");
            assertThat(job.attributes().get("sql")).contains("CREATE TABLE memory.default.popular_orders_day_of_week");
            EntityDetails output = details(workspace, "trino://trino:8080/memory.default.popular_orders_day_of_week");
            assertThat(output.entity().database()).isEqualTo("memory");
            assertThat(output.entity().schema()).isEqualTo("default");
            assertThat(output.attributes()).containsEntry("dataSource.uri", "trino://trino:8080/default");
            assertThat(details(workspace, "trino://trino:8080/memory.default.popular_orders_day_of_week#orders_placed")
                    .entity().dataType()).isEqualTo("bigint");

            EntityDetails topic = details(workspace, "kafka://kafka-cluster-prod:9092/io.openlineage.flink.kafka.output");
            assertThat(topic.entity().name()).isEqualTo("io.openlineage.flink.kafka.output");
            assertThat(topic.attributes()).containsEntry("symlinks",
                    "TABLE kafka://kafka-cluster-prod:9092/default_catalog.default_database.kafka_output");
            assertThat(details(workspace, "job:flink-jobs/insert-into_default_catalog.default_database.kafka_output")
                    .attributes()).containsEntry("jobType.processingType", "STREAMING")
                    .containsEntry("jobType.integration", "FLINK");
        }
    }

    private static EntityDetails details(Workspace workspace, String qualifiedName) {
        return workspace.catalog().details(workspace.catalog().entityByQualifiedName(qualifiedName).orElseThrow().id())
                .orElseThrow();
    }
}
