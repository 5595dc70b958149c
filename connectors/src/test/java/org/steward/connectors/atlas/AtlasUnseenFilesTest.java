package org.steward.connectors.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.connectors.importing.Fixtures;
import org.steward.connectors.importing.Fixtures.Counts;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityType;
import org.steward.model.workspace.Workspace;

/**
 * Apache Atlas payloads the importer was not written against (src/test/resources/unseen/atlas, sources in the
 * README): hook notifications as the hive hook writes them (an array of messages, and Kafka envelopes), referred
 * entities alone, and responses recorded from a live Atlas. Counts from reading each file: *_table and *_path are
 * datasets; hive_db, DDL entities and HBase column families are not catalog entities.
 */
class AtlasUnseenFilesTest {

    @TempDir
    Path temp;

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

    /** An hbase_column names its column family, not its table; the table is its dataset (Atlas REST v2 shapes). */
    @Test
    void hbaseColumnsBelongToTheirTable() throws IOException {
        Path export = temp.resolve("hbase-column.json");
        Files.writeString(export, """
                {"entity": {"typeName": "hbase_column", "guid": "c1",
                  "attributes": {"qualifiedName": "default:atlas_janus.g.status@Sandbox", "name": "status",
                    "column_family": {"typeName": "hbase_column_family",
                      "uniqueAttributes": {"qualifiedName": "default:atlas_janus.g@Sandbox"}}}},
                 "referredEntities": {}}
                """);
        try (Workspace workspace = Workspace.inMemory("atlas")) {
            Fixtures.importFile(workspace, new AtlasImporter(), export);
            Fixtures.importFile(workspace, new AtlasImporter(),
                    Fixtures.unseen("atlas/egeria-SearchByProperty-results_hbase_table.json"));

            assertThat(Counts.of(workspace)).isEqualTo(new Counts(1, 1, 0, 0, 0, 0));
            Entity column = workspace.catalog().entityByQualifiedName("default:atlas_janus.g.status@Sandbox")
                    .orElseThrow();
            assertThat(column.parentId()).isEqualTo(
                    workspace.catalog().entityByQualifiedName("default:atlas_janus@Sandbox").orElseThrow().id());
        }
    }

    /**
     * Process types outside the hive/spark/impala families: NiFi's nifi_flow_path (known by its inputs and outputs,
     * which only Process types have), Storm's storm_topology and Falcon's falcon_feed (known by name from Atlas's
     * models), and in a lineage response an unknown type between two tables (a process, since lineage joins
     * datasets through processes). Payloads written for this test in the shapes of the Atlas REST v2 model.
     */
    @Test
    void processesOfTypesWithoutAProcessSuffixStayProcesses() throws IOException {
        Path export = temp.resolve("export.json");
        Files.writeString(export, """
                {"entities": [
                  {"typeName": "nifi_flow_path", "guid": "g1", "attributes": {"qualifiedName": "flow-1@nifi",
                    "name": "Load orders",
                    "inputs": [{"typeName": "kafka_topic", "uniqueAttributes": {"qualifiedName": "orders@prod"}}],
                    "outputs": [{"typeName": "hdfs_path",
                                 "uniqueAttributes": {"qualifiedName": "hdfs://nn/orders@prod"}}]}},
                  {"typeName": "storm_topology", "guid": "g2", "attributes": {"qualifiedName": "wordcount@prod",
                    "name": "wordcount",
                    "inputs": [{"typeName": "kafka_topic", "uniqueAttributes": {"qualifiedName": "orders@prod"}}],
                    "outputs": [{"typeName": "falcon_feed", "uniqueAttributes": {"qualifiedName": "counts@prod"}}]}}
                ], "referredEntities": {}}
                """);
        Path lineage = temp.resolve("lineage.json");
        Files.writeString(lineage, """
                {"baseEntityGuid": "t1", "lineageDirection": "BOTH", "lineageDepth": 3,
                 "guidEntityMap": {
                   "t1": {"typeName": "hive_table", "guid": "t1", "attributes": {"qualifiedName": "sales.orders@prod"}},
                   "j1": {"typeName": "airflow_task", "guid": "j1", "attributes": {"qualifiedName": "daily.load@prod"}},
                   "t2": {"typeName": "hive_table", "guid": "t2", "attributes": {"qualifiedName": "mart.orders@prod"}}},
                 "relations": [{"fromEntityId": "t1", "toEntityId": "j1", "relationshipId": "r1"},
                               {"fromEntityId": "j1", "toEntityId": "t2", "relationshipId": "r2"}],
                 "relationsOnDemand": {}, "lineageOnDemandPayload": {}}
                """);
        try (Workspace workspace = Workspace.inMemory("atlas")) {
            Fixtures.importFile(workspace, new AtlasImporter(), export);

            // orders topic, hdfs orders, counts feed; two processes; four edges.
            assertThat(Counts.of(workspace)).isEqualTo(new Counts(3, 0, 2, 0, 4, 0));
            assertThat(workspace.catalog().entityByQualifiedName("flow-1@nifi").orElseThrow().type())
                    .isEqualTo(EntityType.PROCESS);
            assertThat(workspace.catalog().entityByQualifiedName("counts@prod").orElseThrow().type())
                    .isEqualTo(EntityType.DATASET);
        }
        try (Workspace workspace = Workspace.inMemory("atlas")) {
            Fixtures.importFile(workspace, new AtlasImporter(), lineage);

            assertThat(Counts.of(workspace)).isEqualTo(new Counts(2, 0, 1, 0, 2, 0));
            assertThat(workspace.catalog().entityByQualifiedName("daily.load@prod").orElseThrow().type())
                    .isEqualTo(EntityType.PROCESS);
        }
    }
}
