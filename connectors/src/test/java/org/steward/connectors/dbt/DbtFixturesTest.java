package org.steward.connectors.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * Real dbt manifests. Expected counts from reading them: a dataset per model, seed, snapshot and source (plus a bare
 * one per depends_on entry the manifest does not define), a process per model and snapshot, a dashboard per
 * exposure; edges: process → its dataset, each dependency → process (or → dashboard); columns as documented.
 */
class DbtFixturesTest {
    private static final String OL = "dbt/openlineage-dbt-fixtures/integration/common/tests/dbt/";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} with catalog {1}")
    @CsvSource({
        // file, catalog, datasets, columns, processes, dashboards, dataset edges, owners
        // 2 models, 1 snapshot, 1 seed, 1 source; my_model has 1 column; exposure owned by something@example.com
        // depends on the source and my_model; the snapshot on the seed. Analysis and 3 tests add no entities.
        "dbt/dbt-core/tests/functional/artifacts/data/state/v12/manifest.json, , 5, 1, 3, 1, 6, 1",
        // 2 models + 3 seeds; the models depend on stg_* models this trimmed manifest lacks (3 bare datasets).
        // customers 7 + orders 9 columns; customers has meta.owner data-team.
        OL + "duckdb/target/manifest.json, ,                     8, 16, 2, 0, 7, 1",
        // 5 models + 3 seeds, columns 7 + 9 + 1 + 2 + 2; edges 5 + 3 + 2 + 1 + 1 + 1. Old-style test nodes.
        OL + "no_test_metadata/target/manifest.json, ,           8, 21, 5, 0, 13, 0",
        OL + "spark/thrift/target/manifest.json, ,               8, 21, 5, 0, 13, 0",
        // With catalog.json: 17 more columns the manifest does not document (seeds' 3 + 4 + 4, stg_* 2 + 2 + 2).
        OL + "spark/thrift/target/manifest.json, " + OL + "spark/thrift/target/catalog.json, 8, 38, 5, 0, 13, 0",
        // Two singular tests that depend on nothing: a valid manifest with nothing to catalogue.
        OL + "singular_test/target/manifest.json, ,              0, 0, 0, 0, 0, 0",
    })
    void importsWithExactCountsAndReimportChangesNothing(String file, String catalog, long datasets, long columns,
                                                         long processes, long dashboards, long datasetEdges,
                                                         long owners) {
        DbtImporter importer = new DbtImporter(catalog == null ? null : Fixtures.path(catalog));
        try (Workspace workspace = Workspace.inMemory("dbt")) {
            Fixtures.importFile(workspace, importer, Fixtures.path(file));

            assertThat(Counts.of(workspace))
                    .isEqualTo(new Counts(datasets, columns, processes, dashboards, datasetEdges, 0));
            assertThat(workspace.stats().owners()).isEqualTo(owners);
            assertThat(Fixtures.importFile(workspace, importer, Fixtures.path(file)).changedAnything()).isFalse();
        }
    }

    @Test
    void modelsCarryDescriptionsOwnersTestsAndCatalogTypes() {
        try (Workspace workspace = Workspace.inMemory("dbt")) {
            Fixtures.importFile(workspace, new DbtImporter(Fixtures.path(OL + "spark/thrift/target/catalog.json")),
                    Fixtures.path(OL + "spark/thrift/target/manifest.json"));

            EntityDetails orders = details(workspace, "default.orders");
            assertThat(orders.entity().source()).isEqualTo("spark");
            assertThat(orders.entity().schema()).isEqualTo("default");
            assertThat(orders.attributes()).containsEntry("dbt.materialized", "table")
                    .containsEntry("stats.bytes", "4722.0")
                    .containsKey("dbt.test.not_null_orders_order_id");
            assertThat(orders.columns()).hasSize(9);
            assertThat(details(workspace, "default.orders.order_id").entity().dataType()).isEqualTo("long");
            assertThat(details(workspace, "dbt:model.jaffle_shop.orders").upstreamCount()).isEqualTo(2);
        }
        try (Workspace workspace = Workspace.inMemory("dbt")) {
            Fixtures.importFile(workspace, new DbtImporter(), Fixtures.path(OL + "duckdb/target/manifest.json"));

            EntityDetails customers = details(workspace, "jaffle_shop.main.customers");
            assertThat(customers.entity().owner()).isEqualTo("data-team");
            assertThat(customers.entity().description()).startsWith("This table has basic information");
        }
    }

    @Test
    void aTruncatedManifestFailsAndLeavesTheWorkspaceAsItWas() throws IOException {
        byte[] full = Files.readAllBytes(Fixtures.path(OL + "duckdb/target/manifest.json"));
        Path cut = temp.resolve("manifest.json");
        Files.write(cut, Arrays.copyOf(full, full.length / 3));
        try (Workspace workspace = Workspace.inMemory("dbt")) {
            assertThatThrownBy(() -> Fixtures.importFile(workspace, new DbtImporter(), cut))
                    .isInstanceOf(ImportException.class)
                    .hasMessageMatching("manifest\\.json line \\d+ col \\d+ at \\$\\.nodes.*: invalid JSON: .*");
            assertThat(Counts.of(workspace)).isEqualTo(new Counts(0, 0, 0, 0, 0, 0));
        }
    }

    @Test
    void aWrongTypeNamesItsPath() throws IOException {
        String original = Files.readString(Fixtures.path(OL + "duckdb/target/manifest.json"));
        Path file = temp.resolve("manifest.json");
        Files.writeString(file, original.replaceFirst("\"model\\.jaffle_shop\\.stg_customers\",", "12,"));
        try (Workspace workspace = Workspace.inMemory("dbt")) {
            assertThatThrownBy(() -> Fixtures.importFile(workspace, new DbtImporter(), file))
                    .isInstanceOf(ImportException.class)
                    .hasMessageMatching("manifest\\.json line \\d+ col \\d+ at \\$\\.nodes\\['[^']+'\\]\\.depends_on"
                            + "\\.nodes\\[0\\]: expected a node id \\(a string\\), found a number");
        }
    }

    private static EntityDetails details(Workspace workspace, String qualifiedName) {
        return workspace.catalog().details(workspace.catalog().entityByQualifiedName(qualifiedName).orElseThrow().id())
                .orElseThrow();
    }
}
