package org.steward.connectors.openlineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.connectors.importing.Fixtures;
import org.steward.connectors.importing.Fixtures.Counts;
import org.steward.connectors.importing.ImportException;
import org.steward.model.workspace.Workspace;

/**
 * Every real OpenLineage event file of the fixtures imports with exact counts. The counts were derived from the
 * files by hand and with an independent script following the rules in package-info (one job = one process; a
 * dataset per distinct namespace + name among inputs, outputs and column-lineage inputs; a column per schema field
 * and per column-lineage field; edges de-duplicated).
 */
class OpenLineageFixturesTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, datasets, columns, processes, dataset edges, column edges
        // 26 RunEvents of 13 jobs over 13 datasets; one columnLineage input names public.menu_item_id, a dataset no
        // event lists (a quirk of the real demo data), which becomes a 14th dataset. 5 columnLineage facets with
        // 39 input fields; the demo seed lacks the top-level schemaURL, which this importer does not need.
        "marquez/docker/metadata.json,                                          14, 93, 13, 28, 39",
        "marquez/api/src/test/resources/open_lineage/event_full.json,           1,  1,  1,  2,  0",
        "marquez/api/src/test/resources/open_lineage/event_unicode.json,        3,  0,  1,  3,  0",
        "marquez/api/src/test/resources/open_lineage/event_required_only.json,  0,  0,  1,  0,  0",
        // eventTime without a time zone: not RFC 3339, but event times are not kept, so it imports.
        "marquez/api/src/test/resources/open_lineage/event_required_no_timezone.json, 0, 0, 1, 0, 0",
        "marquez/api/src/test/resources/open_lineage/event_namespace_naming.json, 2, 2,  1,  2,  0",
        "marquez/api/src/test/resources/open_lineage/event_dataset_event.json,  1,  1,  0,  0,  0",
        "marquez/api/src/test/resources/open_lineage/event_job_event.json,      2,  0,  1,  2,  0",
        // A RunEvent that also carries a stray 'dataset' member: the job wins, the member is ignored.
        "openlineage/spec/tests/example_full_event.json,                        0,  0,  1,  0,  0",
        "openlineage/client/python/tests/example_full_event.json,               1,  1,  1,  2,  0",
        "openlineage/proxy/fluentd/events/event_full.json,                      1,  1,  1,  2,  0",
        "openlineage/proxy/fluentd/events/event_simple.json,                    3,  0,  1,  3,  0",
        // Intentionally invalid for the fluentd validator (no run.runId): run ids are not kept, so it imports.
        "openlineage/proxy/fluentd/events/event_no_run_id.json,                 3,  0,  1,  3,  0",
        // Invalid only in facets this importer does not read (input/output/run facets): lenient import.
        "openlineage/proxy/fluentd/events/event_invalid_input_dataset_facet.json,  1, 0, 1, 1, 0",
        "openlineage/proxy/fluentd/events/event_invalid_output_dataset_facet.json, 1, 0, 1, 1, 0",
        "openlineage/proxy/fluentd/events/event_invalid_run_facet.json,         0,  0,  1,  0,  0",
        // Serde fixture without producer/schemaURL: lenient.
        "openlineage/integration/spark/app/src/test/resources/test_data/serde/openlineage-event.json, 2, 0, 1, 2, 0",
        // Templates with json-unit or '{{ any(result) }}' placeholders: the placeholders sit in run ids and other
        // values this importer does not keep, so the lineage they describe imports.
        "openlineage/integration/common/tests/dbt/structured_logs/postgres/test/results/test_ol_events.json, 6, 16, 13, 9, 0",
        "openlineage/integration/flink/flink1/src/test/resources/events/expected_kafka.json, 3, 7, 1, 3, 0",
        "openlineage/integration/hive/hive-openlineage-hook/integrations/container/cllCtasWithJoinsComplete.json, 3, 6, 1, 3, 2",
        "openlineage/integration/hive/hive-openlineage-hook/integrations/container/cllComplexQueryCTEJoinsComplete.json, 4, 10, 1, 4, 2",
    })
    void importsWithExactCountsAndReimportChangesNothing(String file, long datasets, long columns, long processes,
                                                         long datasetEdges, long columnEdges) {
        try (Workspace workspace = Workspace.inMemory("ol")) {
            Fixtures.importFile(workspace, new OpenLineageImporter(), Fixtures.path(file));

            assertThat(Counts.of(workspace))
                    .isEqualTo(new Counts(datasets, columns, processes, 0, datasetEdges, columnEdges));
            assertThat(Fixtures.importFile(workspace, new OpenLineageImporter(), Fixtures.path(file))
                    .changedAnything()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Subset matchers from the Spark integration tests: datasets without a namespace and a job without a name
        // are structurally incomplete events, so they are rejected.
        "openlineage/integration/spark/app/integrations/container/columnLineageJDBCComplete.json"
                + "|columnLineageJDBCComplete.json line 8 col 5 at $.inputs[0].namespace: missing required string 'namespace'",
        "openlineage/integration/spark/app/integrations/container/pysparkCLLEnd.json"
                + "|pysparkCLLEnd.json line 3 col 10 at $.job.name: missing required string 'name'",
        // Intentionally invalid facets that this importer reads (ownership owners without a name): rejected.
        "openlineage/proxy/fluentd/events/event_invalid_dataset_facet.json"
                + "|event_invalid_dataset_facet.json line 21 col 13 at $.outputs[0].facets.ownership.owners[0].name: "
                + "missing required string 'name'",
        "openlineage/proxy/fluentd/events/event_invalid_job_facet.json"
                + "|event_invalid_job_facet.json line 15 col 11 at $.job.facets.ownership.owners[0].name: "
                + "missing required string 'name'",
    })
    void structurallyIncompleteFixturesAreRejectedCleanly(String file, String message) {
        try (Workspace workspace = Workspace.inMemory("ol")) {
            Counts before = Counts.of(workspace);

            assertThatThrownBy(() -> Fixtures.importFile(workspace, new OpenLineageImporter(), Fixtures.path(file)))
                    .isInstanceOf(ImportException.class).hasMessage(message);
            assertThat(Counts.of(workspace)).isEqualTo(before);
        }
    }

    /** The spec's facet examples are facets, not events: each is wrapped as the facets of a job's output. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // 2 input datasets (plus the output), 9 output fields fed by 12 input fields; inputs join the job.
        "ColumnLineageDatasetFacet/1.json,  3, 10, 1, 3, 12",
        "ColumnLineageDatasetFacet/2.json,  2,  8, 1, 2,  4",
        "SchemaDatasetFacet/1.json,         1, 17, 1, 1,  0",
        "SymlinksDatasetFacet/1.json,       1,  0, 1, 1,  0",
        "OwnershipDatasetFacet/1.json,      1,  0, 1, 1,  0",
        "DatasourceDatasetFacet/1.json,     1,  0, 1, 1,  0",
        "TagsDatasetFacet/1.json,           1,  0, 1, 1,  0",
        "DataQualityMetricsDatasetFacet/1.json, 1, 0, 1, 1, 0",
    })
    void specFacetExamplesImportAsFacetsOfAnOutput(String facetFile, long datasets, long columns, long processes,
                                                  long datasetEdges, long columnEdges) throws IOException {
        String facets = Files.readString(Fixtures.path("openlineage/spec/tests/" + facetFile));
        Path event = temp.resolve("wrapped.json");
        Files.writeString(event, "{\"eventType\":\"COMPLETE\",\"job\":{\"namespace\":\"steward-test\",\"name\":\"wrapped\"},"
                + "\"outputs\":[{\"namespace\":\"steward-test\",\"name\":\"db.schema.target\",\"facets\":" + facets
                + "}]}");
        try (Workspace workspace = Workspace.inMemory("ol")) {
            Fixtures.importFile(workspace, new OpenLineageImporter(), event);

            assertThat(Counts.of(workspace))
                    .isEqualTo(new Counts(datasets, columns, processes, 0, datasetEdges, columnEdges));
        }
    }

    @Test
    void specFacetExamplesAloneAreNotEvents() {
        try (Workspace workspace = Workspace.inMemory("ol")) {
            assertThatThrownBy(() -> Fixtures.importFile(workspace, new OpenLineageImporter(),
                    Fixtures.path("openlineage/spec/tests/SchemaDatasetFacet/1.json")))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("1.json line 1 col 1 at $: expected a RunEvent, JobEvent or DatasetEvent: the event "
                            + "has neither 'job' nor 'dataset'");
        }
    }
}
