package org.steward.model.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.catalog.CatalogStats;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.IngestException;
import org.steward.model.ingest.IngestResult;
import org.steward.model.ingest.LineageEdgeRecord;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;

class WorkspaceStoreTest {

    @TempDir
    Path temp;

    @Test
    void ingestedCatalogSurvivesReopening() {
        Path dir = temp.resolve("ws");
        try (Workspace workspace = Workspace.create(dir, "Test")) {
            workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        }
        try (Workspace workspace = Workspace.open(dir)) {
            CatalogStats stats = workspace.stats();
            assertThat(workspace.name()).isEqualTo("Test");
            assertThat(stats.count(EntityType.DATASET)).isEqualTo(3);
            assertThat(stats.count(EntityType.COLUMN)).isEqualTo(6);
            assertThat(stats.count(EntityType.PROCESS)).isEqualTo(1);
            assertThat(stats.count(EntityType.DASHBOARD)).isEqualTo(1);
            assertThat(stats.datasetLineageEdges()).isEqualTo(4);
            assertThat(stats.columnLineageEdges()).isEqualTo(1);
            assertThat(stats.classificationAssignments()).isEqualTo(2);
        }
    }

    @Test
    void reingestingTheSameBatchChangesNothing() {
        try (Workspace workspace = Workspace.inMemory("Test")) {
            IngestResult first = workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
            long auditRows = workspace.audit().latest(1000).size();
            IngestResult second = workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);

            assertThat(first.inserted()).isEqualTo(11);
            assertThat(second.changedAnything()).isFalse();
            assertThat(second.unchanged()).isEqualTo(11);
            assertThat(workspace.audit().latest(1000)).hasSize((int) auditRows);
        }
    }

    @Test
    void changedRecordIsUpdatedInPlace() {
        try (Workspace workspace = Workspace.inMemory("Test")) {
            workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
            long id = workspace.catalog().entityByQualifiedName(TestCatalogs.ORDERS).orElseThrow().id();
            EntityRecord changed = EntityRecord.builder(EntityType.DATASET, TestCatalogs.ORDERS).name("orders")
                    .location("pg-prod", "shop", "public").description("All orders, including cancelled ones.")
                    .build();
            IngestResult result = workspace.ingest(batch(List.of(changed), List.of()), "tester",
                    ProgressMonitor.NONE);

            assertThat(result.updated()).isEqualTo(1);
            assertThat(workspace.catalog().entity(id).orElseThrow().description())
                    .isEqualTo("All orders, including cancelled ones.");
        }
    }

    @Test
    void aBatchWithADanglingReferenceLeavesTheWorkspaceUnchanged() {
        try (Workspace workspace = Workspace.inMemory("Test")) {
            workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
            CatalogStats before = workspace.stats();
            EntityRecord fresh = EntityRecord.builder(EntityType.DATASET, "new.table@pg").name("table").build();
            CatalogBatch broken = batch(List.of(fresh), List.of(LineageEdgeRecord.of("new.table@pg", "missing@pg")));

            assertThatThrownBy(() -> workspace.ingest(broken, "tester", ProgressMonitor.NONE))
                    .isInstanceOf(IngestException.class)
                    .hasMessageContaining("missing@pg");
            assertThat(workspace.stats()).isEqualTo(before);
            assertThat(workspace.catalog().entityByQualifiedName("new.table@pg")).isEmpty();
        }
    }

    @Test
    void detailsCountNeighboursThroughProcesses() {
        try (Workspace workspace = Workspace.inMemory("Test")) {
            workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
            long stg = workspace.catalog().entityByQualifiedName(TestCatalogs.STG_CUSTOMERS).orElseThrow().id();
            EntityDetails details = workspace.catalog().details(stg).orElseThrow();

            assertThat(details.upstreamCount()).isEqualTo(2);
            assertThat(details.downstreamCount()).isEqualTo(1);
            assertThat(details.columns()).singleElement().satisfies(column -> {
                assertThat(column.column().name()).isEqualTo("EMAIL_HASH");
                assertThat(column.classifications()).singleElement()
                        .satisfies(label -> assertThat(label.originQualifiedName())
                                .isEqualTo(TestCatalogs.CUSTOMERS_EMAIL));
            });
            assertThat(details.owner().displayName()).isEqualTo("Ben Okafor");
        }
    }

    @Test
    void treeGroupsDatasetsBySourceDatabaseAndSchema() {
        try (Workspace workspace = Workspace.inMemory("Test")) {
            workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
            var tree = workspace.catalog().tree();

            assertThat(tree.datasetCount()).isEqualTo(4);
            assertThat(tree.children()).extracting(node -> node.label())
                    .containsExactly("Snowflake", "Tableau", "pg-prod");
            var pg = tree.children().get(2);
            assertThat(pg.children()).singleElement().satisfies(db -> {
                assertThat(db.label()).isEqualTo("shop");
                assertThat(db.children()).singleElement().satisfies(schema -> {
                    assertThat(schema.label()).isEqualTo("public");
                    assertThat(schema.datasetCount()).isEqualTo(2);
                });
            });
        }
    }

    @Test
    void aFolderWithoutTheMarkerIsRefusedAndLeftAlone() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(dir.resolve("holiday.txt"), "not a workspace");

        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("is not a Steward workspace");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("holiday.txt"));
        }
    }

    @Test
    void aCorruptDatabaseIsRefusedWithoutChangingIt() throws Exception {
        Path dir = temp.resolve("ws");
        Workspace.create(dir, "Test").close();
        Path db = dir.resolve("workspace.mv.db");
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(db, garbage);
        String digest = sha256(db);

        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("damaged");
        assertThat(sha256(db)).isEqualTo(digest);
    }

    @Test
    void aTruncatedDatabaseIsRefusedWithoutChangingIt() throws Exception {
        Path dir = temp.resolve("ws");
        try (Workspace workspace = Workspace.create(dir, "Test")) {
            workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        }
        Path db = dir.resolve("workspace.mv.db");
        byte[] content = Files.readAllBytes(db);
        Files.write(db, java.util.Arrays.copyOf(content, 5000));
        String digest = sha256(db);

        assertThatThrownBy(() -> Workspace.open(dir)).isInstanceOf(WorkspaceException.class);
        assertThat(sha256(db)).isEqualTo(digest);
    }

    @Test
    void aWorkspaceOfAnOlderSchemaIsMigratedOnOpen() throws Exception {
        Path dir = temp.resolve("old");
        Files.createDirectories(dir);
        WorkspaceFolder folder = new WorkspaceFolder(dir);
        try (Database database = new Database(folder.jdbcUrl())) {
            SchemaMigrations.migrate(database, "old", org.flywaydb.core.api.MigrationVersion.fromVersion("1"));
            database.transaction(connection -> {
                connection.createStatement().execute(
                        "INSERT INTO workspace_info VALUES ('name', 'Old'), ('index_generation', '0')");
                connection.createStatement().execute("INSERT INTO entity (id, entity_type, qualified_name, name)"
                        + " VALUES (1, 'DATASET', 'legacy.table@pg', 'table')");
                return null;
            });
        }
        folder.writeMarker("Old");

        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.stats().count(EntityType.DATASET)).isEqualTo(1);
            long id = workspace.catalog().entityByQualifiedName("legacy.table@pg").orElseThrow().id();
            workspace.changes().propose(new org.steward.model.change.DescriptionChange(id, "", "migrated"), "me");
            assertThat(workspace.changes().pendingCount()).isEqualTo(1);
        }
    }

    @Test
    void anUnencryptedWorkspaceOpensWithPlainH2Jdbc() throws Exception {
        Path dir = temp.resolve("ws");
        try (Workspace workspace = Workspace.create(dir, "Test")) {
            workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        }
        String url = new WorkspaceFolder(dir).jdbcUrl();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM entity WHERE entity_type = 'COLUMN'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(6);
        }
    }

    @Test
    void creatingInANonEmptyFolderIsRefused() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(dir.resolve("notes.md"), "mine");

        assertThatThrownBy(() -> Workspace.create(dir, "Test"))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("not empty");
    }

    @Test
    void aLostSearchIndexIsRebuiltOnOpen() throws IOException {
        Path dir = temp.resolve("ws");
        try (Workspace workspace = Workspace.create(dir, "Test")) {
            workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        }
        deleteRecursively(dir.resolve("index"));
        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.search().search(org.steward.model.search.SearchQuery.text("email")).hits())
                    .extracting(hit -> hit.entity().qualifiedName())
                    .contains(TestCatalogs.CUSTOMERS_EMAIL);
        }
    }

    private static CatalogBatch batch(List<EntityRecord> entities, List<LineageEdgeRecord> lineage) {
        return new CatalogBatch("test:extra", List.of(), List.of(), List.of(), entities, List.of(), lineage);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
