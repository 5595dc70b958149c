package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;

class CommandLineTest {

    @TempDir
    Path temp;

    private Path workspace;

    @BeforeEach
    void smallWorkspace() {
        workspace = temp.resolve("ws");
        try (Workspace created = Workspace.create(workspace, "Small")) {
            created.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        }
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of(temp, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("demo", "stats", "search", "bench", "Exit codes");
    }

    @Test
    void statsCountsWhatTheWorkspaceHolds() throws Exception {
        CliRun run = CliRun.of(temp, "stats", "--workspace", workspace.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/entities/datasets").asLong()).isEqualTo(3);
        assertThat(json.at("/entities/columns").asLong()).isEqualTo(6);
        assertThat(json.at("/entities/processes").asLong()).isEqualTo(1);
        assertThat(json.at("/lineageEdges/dataset").asLong()).isEqualTo(4);
        assertThat(json.at("/lineageEdges/column").asLong()).isEqualTo(1);
        assertThat(json.at("/classificationAssignments").asLong()).isEqualTo(2);
        assertThat(json.at("/pendingChanges").asLong()).isZero();
    }

    @Test
    void statsAsText() {
        CliRun run = CliRun.of(temp, "stats", "--workspace", workspace.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Workspace Small").containsPattern("columns\\s+6");
    }

    @Test
    void searchFindsTheEmailColumn() throws Exception {
        CliRun run = CliRun.of(temp, "search", "--workspace", workspace.toString(), "email", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("totalMatches").asLong()).isPositive();
        assertThat(json.get("hits").findValuesAsText("qualifiedName")).contains(TestCatalogs.CUSTOMERS_EMAIL);
    }

    @Test
    void aFolderThatIsNotAWorkspaceIsAUserError() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain"));

        CliRun run = CliRun.of(temp, "stats", "--workspace", plain.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("steward: ").contains("is not a Steward workspace");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void anUnknownOptionIsAUserError() {
        CliRun run = CliRun.of(temp, "search", "--workspace", workspace.toString(), "--frobnicate", "x");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--frobnicate");
    }

    @Test
    void aBadLimitIsAUserError() {
        CliRun run = CliRun.of(temp, "search", "--workspace", workspace.toString(), "--limit", "0", "x");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--limit must be positive");
    }

    @Test
    void benchSearchPrintsPercentiles() {
        CliRun run = CliRun.of(temp, "bench", "search", "--workspace", workspace.toString(), "--rounds", "2",
                "--warmup", "1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("p50 [0-9.]+ ms\\s+p95 [0-9.]+ ms\\s+p99 [0-9.]+ ms");
    }
}
