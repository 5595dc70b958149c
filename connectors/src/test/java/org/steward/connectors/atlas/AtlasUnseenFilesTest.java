package org.steward.connectors.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.connectors.importing.Fixtures;
import org.steward.connectors.importing.Fixtures.Counts;
import org.steward.model.catalog.Entity;
import org.steward.model.workspace.Workspace;

/**
 * Apache Atlas payloads the importer was not written against (src/test/resources/unseen/atlas, sources in the
 * README): hook notifications as the hive hook writes them (an array of messages, and Kafka envelopes), referred
 * entities alone, and responses recorded from a live Atlas. Counts from reading each file: *_table and *_path are
 * datasets; hive_db, DDL entities and HBase column families are not catalog entities.
 */
class AtlasUnseenFilesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, datasets, columns, processes, dataset edges, column edges, classification assignments, owners
        // An array of one ENTITY_CREATE_V2 message whose entity is a hive_table_ddl (not a catalog entity).
        "atlas/hs2-table-rename-v2.json,                                   0, 0, 0, 0, 0, 0, 0",
        // Only referredEntities: one hdfs_path.
        "atlas/hs2-load-inpath-with-no-pathentities-to-retain.json,        1, 0, 0, 0, 0, 0, 0",
        // Only an empty referredEntities: a valid, empty export.
        "atlas/hs2-load-inpath-with-no-pathentities-to-retain-v2.json,     0, 0, 0, 0, 0, 0, 0",
        // Kafka envelope (AtlasNotificationMessage) around ENTITY_CREATE_V2 of a hive_db.
        "atlas/notifications-create-db.json,                               0, 0, 0, 0, 0, 0, 0",
        // Kafka envelope around ENTITY_DELETE_V2: an import never deletes, and the object id is not an entity.
        "atlas/notifications-delete-db.json,                               0, 0, 0, 0, 0, 0, 0",
        // Live Atlas: an hbase_column_family by guid (not a catalog entity), and a basic search for an hbase_table.
        "atlas/egeria-entity_by_guid-b8f7d7db-a4ae-406b-95fb-0f49ff561b7e.json, 0, 0, 0, 0, 0, 0, 0",
        "atlas/egeria-SearchByProperty-results_hbase_table.json,           1, 0, 0, 0, 0, 0, 1",
    })
    void importsWithExactCountsAndReimportChangesNothing(String file, long datasets, long columns, long processes,
                                                         long datasetEdges, long columnEdges, long classifications,
                                                         long owners) {
        try (Workspace workspace = Workspace.inMemory("atlas")) {
            Fixtures.importFile(workspace, new AtlasImporter(), Fixtures.unseen(file));

            assertThat(Counts.of(workspace))
                    .isEqualTo(new Counts(datasets, columns, processes, 0, datasetEdges, columnEdges));
            assertThat(workspace.stats().classificationAssignments()).isEqualTo(classifications);
            assertThat(workspace.stats().owners()).isEqualTo(owners);
            assertThat(Fixtures.importFile(workspace, new AtlasImporter(), Fixtures.unseen(file)).changedAnything())
                    .isFalse();
        }
    }

    @Test
    void hbaseTablesSitInTheirNamespace() {
        try (Workspace workspace = Workspace.inMemory("atlas")) {
            Fixtures.importFile(workspace, new AtlasImporter(),
                    Fixtures.unseen("atlas/egeria-SearchByProperty-results_hbase_table.json"));

            Entity table = workspace.catalog().entityByQualifiedName("default:atlas_janus@Sandbox").orElseThrow();
            assertThat(table.source()).isEqualTo("hbase@Sandbox");
            assertThat(table.database()).isEqualTo("default");
            assertThat(table.name()).isEqualTo("atlas_janus");
            assertThat(table.owner()).isEqualTo("atlas");
        }
    }
}
