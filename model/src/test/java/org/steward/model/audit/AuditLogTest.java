package org.steward.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.workspace.Workspace;

class AuditLogTest {

    @TempDir
    Path temp;

    @Test
    void anUntouchedChainVerifies() {
        try (Workspace workspace = Workspace.inMemory("Test")) {
            for (int i = 0; i < 5; i++) {
                workspace.audit().append("me", "test.event", "subject " + i, "detail " + i);
            }
            AuditVerification result = workspace.audit().verify();
            assertThat(result.intact()).isTrue();
            assertThat(result.eventsChecked()).isEqualTo(5);
        }
    }

    @Test
    void anEditBehindTheAppsBackIsNamed() throws Exception {
        Path dir = tamperedWorkspace("UPDATE audit_event SET detail = 'nothing happened' WHERE seq = 3");
        try (Workspace workspace = Workspace.open(dir)) {
            AuditVerification result = workspace.audit().verify();
            assertThat(result.firstBadSeq()).hasValue(3);
            assertThat(result.problem()).contains("edited");
        }
    }

    @Test
    void aDeletedRowIsNamed() throws Exception {
        Path dir = tamperedWorkspace("DELETE FROM audit_event WHERE seq = 4");
        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.audit().verify().firstBadSeq()).hasValue(5);
        }
    }

    @Test
    void reorderedRowsAreNamed() throws Exception {
        Path dir = tamperedWorkspace("UPDATE audit_event SET seq = CASE seq WHEN 2 THEN 3 WHEN 3 THEN 2 END"
                + " WHERE seq IN (2, 3)");
        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.audit().verify().firstBadSeq()).hasValue(2);
        }
    }

    private Path tamperedWorkspace(String sql) throws Exception {
        Path dir = temp.resolve("ws");
        try (Workspace workspace = Workspace.create(dir, "Test")) {
            for (int i = 0; i < 5; i++) {
                workspace.audit().append("me", "test.event", "subject " + i, "detail " + i);
            }
        }
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("workspace"), "sa", "")) {
            connection.createStatement().execute(sql);
        }
        return dir;
    }
}
