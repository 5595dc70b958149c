package org.steward.connectors.dbt;

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
import org.steward.model.catalog.EntityDetails;
import org.steward.model.workspace.Workspace;

/**
 * dbt manifests of other projects and schema versions (src/test/resources/unseen/dbt, sources in the README).
 * Counts from reading each file: a dataset per model, seed, snapshot and source, a process per model and snapshot,
 * a dashboard per exposure; edges process → its dataset and each depends_on node → the dependent's process.
 */
class DbtUnseenFilesTest {
    /**
     * The manifest v12 members a small project rarely has all at once, written for this test by the v12 schema:
     * a group whose owner has a list of addresses, a versioned model, a semantic model, a simple and a derived
     * metric, a saved query, an exposure that depends on a metric, and a unit test.
     */
    private static final String SEMANTIC_LAYER = """
            {"metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/manifest/v12.json",
                          "adapter_type": "postgres"},
             "nodes": {
               "model.shop.orders.v2": {"resource_type": "model", "name": "orders", "alias": "orders_v2",
                 "database": "db", "schema": "mart", "package_name": "shop", "group": "finance",
                 "access": "public", "version": 2, "latest_version": 2, "config": {"materialized": "table"},
                 "depends_on": {"macros": ["macro.dbt.run_query"], "nodes": []}},
               "model.shop.customers": {"resource_type": "model", "name": "customers", "alias": "customers",
                 "database": "db", "schema": "mart", "package_name": "shop", "group": "finance",
                 "meta": {"owner": "ana"}, "depends_on": {"nodes": []}}},
             "sources": {},
             "groups": {"group.shop.finance": {"name": "finance", "resource_type": "group",
                 "package_name": "shop", "path": "groups.yml", "original_file_path": "models/groups.yml",
                 "unique_id": "group.shop.finance",
                 "owner": {"name": "Finance team", "email": ["finance@shop.example", "cfo@shop.example"]}}},
             "semantic_models": {"semantic_model.shop.orders": {"name": "orders",
                 "depends_on": {"nodes": ["model.shop.orders.v2"]}}},
             "metrics": {
               "metric.shop.revenue": {"name": "revenue", "type": "simple",
                 "depends_on": {"nodes": ["semantic_model.shop.orders"]}},
               "metric.shop.revenue_growth": {"name": "revenue_growth", "type": "derived",
                 "depends_on": {"nodes": ["metric.shop.revenue"]}}},
             "saved_queries": {"saved_query.shop.weekly": {"name": "weekly",
                 "depends_on": {"nodes": ["metric.shop.revenue_growth"]}}},
             "exposures": {"exposure.shop.board": {"name": "board", "type": "dashboard",
                 "owner": {"email": ["board@shop.example"]},
                 "depends_on": {"nodes": ["metric.shop.revenue_growth", "model.shop.customers"]}}},
             "unit_tests": {"unit_test.shop.orders.test_totals": {"name": "test_totals", "model": "orders",
                 "depends_on": {"nodes": ["model.shop.orders.v2"]}}},
             "disabled": {"model.shop.old": [{"resource_type": "model", "name": "old"}]}}
            """;

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, datasets, columns, processes, dashboards, dataset edges, owners
        // Manifest v4 (dbt 1.0.4): my_first → my_second → orders_snapshot, one documented column each; 3 tests.
        "dbt/ol-snapshot-manifest-v4.json,   3, 3, 3, 0, 5, 0",
        // Manifest v2 (dbt 0.21, BigQuery): test_model built as test_model_alias from a source; 'disabled' is
        // still an array in v2.
        "dbt/ol-alias-manifest-v2.json,      2, 1, 1, 0, 2, 0",
    })
    void importsWithExactCountsAndReimportChangesNothing(String file, long datasets, long columns, long processes,
                                                         long dashboards, long datasetEdges, long owners) {
        try (Workspace workspace = Workspace.inMemory("dbt")) {
            Fixtures.importFile(workspace, new DbtImporter(), Fixtures.unseen(file));

            assertThat(Counts.of(workspace))
                    .isEqualTo(new Counts(datasets, columns, processes, dashboards, datasetEdges, 0));
            assertThat(workspace.stats().owners()).isEqualTo(owners);
            assertThat(Fixtures.importFile(workspace, new DbtImporter(), Fixtures.unseen(file)).changedAnything())
                    .isFalse();
        }
    }

    @Test
    void otherDbtArtifactsAreNamedWhenGivenAsTheManifest() throws IOException {
        Path runResults = temp.resolve("run_results.json");
        Files.writeString(runResults, "{\"metadata\": {\"dbt_schema_version\": "
                + "\"https://schemas.getdbt.com/dbt/run-results/v6.json\"}, \"results\": []}");
        try (Workspace workspace = Workspace.inMemory("dbt")) {
            assertThatThrownBy(() -> Fixtures.importFile(workspace, new DbtImporter(), Fixtures.path(
                    "dbt/openlineage-dbt-fixtures/integration/common/tests/dbt/catalog/target/catalog.json")))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("catalog.json line 3 col 25 at $.metadata.dbt_schema_version: a dbt catalog.json, "
                            + "not a manifest: import the project's manifest.json, with this file as its catalog");
            assertThatThrownBy(() -> Fixtures.importFile(workspace, new DbtImporter(), runResults))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("run_results.json line 1 col 37 at $.metadata.dbt_schema_version: a dbt run-results "
                            + "artifact, not a manifest: import the project's target/manifest.json");
        }
    }

    @Test
    void aModelIsNamedByItsAliasInItsDatabase() {
        try (Workspace workspace = Workspace.inMemory("dbt")) {
            Fixtures.importFile(workspace, new DbtImporter(), Fixtures.unseen("dbt/ol-alias-manifest-v2.json"));

            EntityDetails model = details(workspace, "random-gcp-project.dbt_test1.test_model_alias");
            assertThat(model.entity().source()).isEqualTo("bigquery");
            assertThat(model.entity().database()).isEqualTo("random-gcp-project");
            assertThat(model.entity().description()).isEqualTo("A starter dbt model");
            assertThat(model.upstreamCount()).isEqualTo(1);
            assertThat(details(workspace, "dbt:model.dbt_test.test_model").upstreamCount()).isEqualTo(1);
        }
    }

    @Test
    void exposuresReachModelsThroughMetricsAndGroupsOwnTheirModels() throws IOException {
        Path manifest = temp.resolve("manifest.json");
        Files.writeString(manifest, SEMANTIC_LAYER);
        try (Workspace workspace = Workspace.inMemory("dbt")) {
            Fixtures.importFile(workspace, new DbtImporter(), manifest);

            // orders_v2 and customers with their build steps; the board depends on revenue_growth → revenue →
            // the orders semantic model → orders v2, and on customers. The disabled model is not imported.
            assertThat(Counts.of(workspace)).isEqualTo(new Counts(2, 0, 2, 1, 4, 0));
            EntityDetails board = details(workspace, "exposure.shop.board");
            assertThat(board.upstreamCount()).isEqualTo(2);
            assertThat(board.entity().owner()).isEqualTo("board@shop.example");
            assertThat(board.attributes()).containsEntry("dbt.metrics", "revenue_growth, revenue");
            EntityDetails orders = details(workspace, "db.mart.orders_v2");
            assertThat(orders.entity().owner()).isEqualTo("finance@shop.example");
            assertThat(orders.attributes()).containsEntry("dbt.group", "finance").containsEntry("dbt.access", "public")
                    .containsEntry("dbt.version", "2").containsEntry("dbt.unit_test.test_totals", "unit test");
            assertThat(details(workspace, "dbt:model.shop.orders.v2").entity().owner())
                    .isEqualTo("finance@shop.example");
            assertThat(details(workspace, "db.mart.customers").entity().owner()).isEqualTo("ana");
            assertThat(workspace.stats().owners()).isEqualTo(3);
            assertThat(Fixtures.importFile(workspace, new DbtImporter(), manifest).changedAnything()).isFalse();
        }
    }

    private static EntityDetails details(Workspace workspace, String qualifiedName) {
        return workspace.catalog().details(workspace.catalog().entityByQualifiedName(qualifiedName).orElseThrow().id())
                .orElseThrow();
    }
}
