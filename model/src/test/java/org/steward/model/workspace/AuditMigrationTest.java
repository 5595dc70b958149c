package org.steward.model.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.audit.AuditChain;
import org.steward.model.audit.AuditEntry;
import org.steward.model.audit.AuditEvent;
import org.steward.model.audit.AuditQuery;

class AuditMigrationTest {

    @TempDir
    Path temp;

    @Test
    void rowsWrittenBeforeBeforeAndAfterExistedStillVerifyAfterTheMigration() throws Exception {
        Path dir = temp.resolve("old");
        Files.createDirectories(dir);
        WorkspaceFolder folder = new WorkspaceFolder(dir);
        try (Database database = new Database(folder.jdbcUrl())) {
            SchemaMigrations.migrate(database, "old", MigrationVersion.fromVersion("2"));
            database.transaction(connection -> {
                connection.createStatement().execute(
                        "INSERT INTO workspace_info VALUES ('name', 'Old'), ('index_generation', '0')");
                AuditChain chain = new AuditChain();
                String previous = AuditChain.GENESIS;
                for (int seq = 1; seq <= 3; seq++) {
                    java.time.Instant at = java.time.Instant.parse("2025-01-0" + seq + "T10:00:00Z");
                    String hash = chain.hash(previous, seq, at, "old.user", "legacy.event", "subject " + seq, "d");
                    try (var insert = connection.prepareStatement("INSERT INTO audit_event (seq, at, actor, action,"
                            + " subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                        insert.setLong(1, seq);
                        insert.setObject(2, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
                        insert.setString(3, "old.user");
                        insert.setString(4, "legacy.event");
                        insert.setString(5, "subject " + seq);
                        insert.setString(6, "d");
                        insert.setString(7, previous);
                        insert.setString(8, hash);
                        insert.executeUpdate();
                    }
                    previous = hash;
                }
                return null;
            });
        }
        folder.writeMarker("Old");

        try (Workspace workspace = Workspace.open(dir)) {
            workspace.audit().append(new AuditEntry("new.user", "changeset.approved", "change set 1", "ok",
                    "submitted", "approved", AuditEntry.OK));
            assertThat(workspace.audit().verify().intact()).isTrue();
            List<AuditEvent> all = workspace.audit().query(AuditQuery.ALL, 10);
            assertThat(all).hasSize(4);
            assertThat(all.get(3).outcomeText()).isEqualTo("ok");
            assertThat(all.get(0).before()).isEqualTo("submitted");
        }

        try (Connection connection = DriverManager.getConnection(folder.jdbcUrl(), "sa", "")) {
            connection.createStatement().execute("UPDATE audit_event SET after_value = 'rejected' WHERE seq = 4");
        }
        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.audit().verify().firstBadSeq()).hasValue(4);
        }
    }

    @Test
    void theLogFiltersByUserSubjectKindAndTime() {
        try (Workspace workspace = Workspace.inMemory("filters")) {
            workspace.audit().append("ana", "changeset.submitted", "change set 1", "");
            workspace.audit().append("ben", "change.proposed", "shop.public.customers@pg", "");
            workspace.audit().append("ana", "change.proposed", "shop.public.orders@pg", "");
            java.time.Instant later = java.time.Instant.now().plusSeconds(60);

            assertThat(workspace.audit().query(new AuditQuery("ana", null, null, null, null), 10)).hasSize(2);
            assertThat(workspace.audit().query(new AuditQuery(null, "CUSTOMERS", null, null, null), 10))
                    .extracting(AuditEvent::actor).containsExactly("ben");
            assertThat(workspace.audit().query(new AuditQuery(null, null, "change.", null, null), 10)).hasSize(2);
            assertThat(workspace.audit().query(new AuditQuery(null, null, null, later, null), 10)).isEmpty();
            assertThat(workspace.audit().query(new AuditQuery(null, null, null, null, later), 10)).hasSize(3);
            assertThat(workspace.audit().actors()).containsExactly("ana", "ben");
        }
    }
}
