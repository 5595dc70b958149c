package org.steward.connectors.atlas;

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
import org.steward.model.workspace.Workspace;

/**
 * The real Atlas payloads of the fixtures. Expected counts come from reading each file: *_table, *_path → dataset,
 * *_column → column (its table, when only named, derived from db.table.column@cluster), *_process → process,
 * *_column_lineage → column edges; hive_db, storage descriptors, DDL, executions and hbase column families are not
 * catalog entities. Entities that processes only refer to by qualified name become bare entities.
 */
class AtlasFixturesTest {
    private static final String REPO = "atlas/apache-atlas/";
    private static final String EGERIA = "atlas/egeria-recorded-responses/apache-atlas-adapter/src/test/resources/";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, datasets, columns, processes, dataset edges, column edges, classification assignments, owners
        // hive_process hh202 → vw202 (by uniqueAttributes) and hive_column_lineage hh202.col202 → vw202.col202 via it.
        REPO + "addons/hive-bridge/src/test/resources/json/hs2-create-process-v2.json,  2, 2, 1, 2, 1, 0, 0",
        // hive_process from an hdfs_path (referred entity) to table hh6.
        REPO + "addons/hive-bridge/src/test/resources/json/hs2-create-table-v2.json,    2, 0, 1, 2, 0, 0, 0",
        // hive_process db_1.table_1 → db_2.table_2 with one hive_column_lineage (id → id) whose query is the process.
        REPO + "repository/src/test/resources/json/entities/table-lineage.json,         2, 2, 1, 2, 1, 0, 0",
        // A lone hive_column_lineage; its process is not in the payload, so the column edge names no process.
        REPO + "repository/src/test/resources/json/entities/column-lineage.json,        2, 2, 0, 0, 1, 0, 0",
        // hive_table with one hive_column, a storage descriptor and a DDL entity; owner 'hive'.
        REPO + "repository/src/test/resources/json/entities/table1.json,                1, 1, 0, 0, 0, 0, 1",
        // hive_table stocks_daily with 7 hive_columns (dt, open, high, low, close, volume, adj_close).
        REPO + "repository/src/test/resources/json/stocksDB-Entities/table-columns.json, 1, 7, 0, 0, 0, 0, 1",
        // A column header with PII (direct) and VENDOR_PII; the table is derived from the column's name.
        REPO + "repository/src/test/resources/json/classification-association/header-PII-VENDOR_PII.json, 1, 1, 0, 0, 0, 2, 1",
        // Tx direct and T1 propagated from an entity the payload lacks (kept, without its origin).
        REPO + "repository/src/test/resources/json/classification-association/header-Tx-prop-T1.json, 1, 1, 0, 0, 0, 2, 1",
        // A bare AtlasEntity (no entity/entities wrapper): a column with PII and FIN_PII.
        REPO + "repository/src/test/resources/json/classification-association/col-entity-PII-FIN_PII.json, 1, 1, 0, 0, 0, 2, 1",
        REPO + "atlas-examples/sample-app/src/main/python/request_json/entity_create_process.json, 2, 0, 1, 2, 0, 0, 0",
        REPO + "atlas-examples/sample-app/src/main/python/request_json/entity_create_table_us.json, 1, 3, 0, 0, 0, 0, 0",
        // sample_db and Employee are not catalog entity types: the payloads import and add nothing.
        REPO + "atlas-examples/sample-app/src/main/python/request_json/entity_create_db.json, 0, 0, 0, 0, 0, 0, 0",
        REPO + "dev-support/atlas-scripts/sample-data/entity-create-Employee-1.json,    0, 0, 0, 0, 0, 0, 0",
        REPO + "dev-support/atlas-scripts/sample-data/entity-create-Employee-2.json,    0, 0, 0, 0, 0, 0, 0",
        REPO + "dev-support/atlas-scripts/sample-data/entity-update-Employee-1.json,    0, 0, 0, 0, 0, 0, 0",
        // Responses recorded from a live Atlas.
        EGERIA + "entity_by_guid/4fabaac3-9543-47a5-8c00-c44c81db3cac.json,           1, 1, 0, 0, 0, 1, 1",
        EGERIA + "entity_by_guid/43d06265-3f0a-451d-a4ba-30d5ea99b1a6.json,           1, 0, 0, 0, 0, 0, 1",
        EGERIA + "entity_by_guid/194e2798-44c9-4494-910b-39cdc8834e3f.json,           0, 0, 0, 0, 0, 0, 0",
        EGERIA + "entity_by_guid/7dccdadb-41d4-4169-8061-a81388e68004.json,           1, 0, 0, 0, 0, 0, 1",
        EGERIA + "relationships_for_guid/4fabaac3-9543-47a5-8c00-c44c81db3cac.json,   1, 1, 0, 0, 0, 1, 1",
        // Search results carry entity headers in 'entities': read like an entity export.
        EGERIA + "by_case/SearchByClassification/results_complex.json,                1, 1, 0, 0, 0, 1, 1",
        EGERIA + "by_case/SearchByPropertyValue/results_classification.json,          1, 1, 0, 0, 0, 1, 1",
        EGERIA + "by_case/SearchByProperty/results_hive_table.json,                   1, 0, 0, 0, 0, 0, 1",
        EGERIA + "by_case/SearchByProperty/results_all.json,                          0, 0, 0, 0, 0, 0, 0",
        EGERIA + "by_case/SearchByPropertySorting/results_nameASC.json,               0, 0, 0, 0, 0, 0, 0",
    })
    void importsWithExactCountsAndReimportChangesNothing(String file, long datasets, long columns, long processes,
                                                         long datasetEdges, long columnEdges, long classifications,
                                                         long owners) {
        try (Workspace workspace = Workspace.inMemory("atlas")) {
            Fixtures.importFile(workspace, new AtlasImporter(), Fixtures.path(file));

            assertThat(Counts.of(workspace))
                    .isEqualTo(new Counts(datasets, columns, processes, 0, datasetEdges, columnEdges));
            assertThat(workspace.stats().classificationAssignments()).isEqualTo(classifications);
            assertThat(workspace.stats().owners()).isEqualTo(owners);
            assertThat(Fixtures.importFile(workspace, new AtlasImporter(), Fixtures.path(file)).changedAnything())
                    .isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Request bodies that are not entities: lists of classifications, a classification association request,
        // an empty search result and a relationship. Rejected as a whole.
        REPO + "dev-support/atlas-scripts/sample-data/add_classifications-Employee-1.json|line 2 col 3 at $[0]: "
                + "expected an Atlas hook notification (type, entities) or an envelope (message); an array holds "
                + "nothing else Atlas exports",
        REPO + "dev-support/atlas-scripts/sample-data/bulk_classification.json|line 13 col 1 at $: expected an Atlas",
        EGERIA + "no_results.json|line 4 col 1 at $: expected an Atlas lineage response",
        EGERIA + "relationship_by_guid/dd44ce51-224d-4c03-a49e-7008292188a6.json|line 1 col 674 at $: expected an Atlas",
    })
    void payloadsThatAreNotEntitiesAreRejected(String file, String message) {
        try (Workspace workspace = Workspace.inMemory("atlas")) {
            assertThatThrownBy(() -> Fixtures.importFile(workspace, new AtlasImporter(), Fixtures.path(file)))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith(Path.of(file).getFileName() + " " + message);
            assertThat(Counts.of(workspace)).isEqualTo(new Counts(0, 0, 0, 0, 0, 0));
        }
    }

    @Test
    void aTruncatedExportFailsAndLeavesTheWorkspaceAsItWas() throws IOException {
        try (Workspace workspace = Workspace.inMemory("atlas")) {
            Fixtures.importFile(workspace, new AtlasImporter(),
                    Fixtures.path(REPO + "repository/src/test/resources/json/entities/table1.json"));
            Counts before = Counts.of(workspace);
            byte[] full = Files.readAllBytes(
                    Fixtures.path(REPO + "repository/src/test/resources/json/entities/table-lineage.json"));
            Path cut = temp.resolve("table-lineage.json");
            Files.write(cut, Arrays.copyOf(full, full.length * 2 / 3));

            assertThatThrownBy(() -> Fixtures.importFile(workspace, new AtlasImporter(), cut))
                    .isInstanceOf(ImportException.class)
                    .hasMessageMatching("table-lineage\\.json line \\d+ col \\d+ at \\$\\.referredEntities.*: invalid "
                            + "JSON: Unexpected end-of-input.*");
            assertThat(Counts.of(workspace)).isEqualTo(before);
        }
    }

    @Test
    void aWrongTypeNamesItsPath() throws IOException {
        String original = Files.readString(
                Fixtures.path(REPO + "repository/src/test/resources/json/stocksDB-Entities/table-columns.json"));
        Path file = temp.resolve("table-columns.json");
        Files.writeString(file, original.replace("\"stocks_base.stocks_daily.dt@cl1\"", "17"));

        try (Workspace workspace = Workspace.inMemory("atlas")) {
            assertThatThrownBy(() -> Fixtures.importFile(workspace, new AtlasImporter(), file))
                    .isInstanceOf(ImportException.class)
                    .hasMessageMatching("table-columns\\.json line \\d+ col \\d+ at \\$\\.referredEntities\\['[^']+'\\]"
                            + "\\.attributes\\.qualifiedName: expected a string, found a number");
            assertThat(Counts.of(workspace)).isEqualTo(new Counts(0, 0, 0, 0, 0, 0));
        }
    }
}
