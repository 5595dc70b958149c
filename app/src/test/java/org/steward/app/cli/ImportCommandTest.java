package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private static final String EVENT = "{\"eventType\":\"COMPLETE\",\"job\":{\"namespace\":\"etl\",\"name\":\"%s\"},"
            + "\"inputs\":[{\"namespace\":\"postgres://db:5432\",\"name\":\"shop.public.%s\"}],"
            + "\"outputs\":[{\"namespace\":\"postgres://db:5432\",\"name\":\"shop.mart.%s\",\"facets\":"
            + "{\"schema\":{\"fields\":[{\"name\":\"id\",\"type\":\"int\"}]}}}]}";

    @TempDir
    Path temp;

    private Path events(String name, String job, String input, String output) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, String.format(EVENT, job, input, output) + "\n");
        return file;
    }

    @Test
    void importsSeveralFilesIntoANewWorkspaceInOneRun() throws Exception {
        Path first = events("a.ndjson", "load_orders", "orders", "daily");
        Path second = events("b.ndjson", "load_customers", "customers", "customers");
        Path workspace = temp.resolve("new-ws");

        CliRun run = CliRun.of(temp, "import", "openlineage", first.toString(), second.toString(),
                "--workspace", workspace.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        // 2 jobs, 4 datasets, 2 columns; 4 dataset-level edges.
        assertThat(json.get("inserted").asInt()).isEqualTo(8);
        assertThat(json.get("lineageEdgesAdded").asInt()).isEqualTo(4);
        assertThat(json.get("changed").asBoolean()).isTrue();
        CliRun stats = CliRun.of(temp, "stats", "--workspace", workspace.toString(), "--json");
        assertThat(new ObjectMapper().readTree(stats.out()).at("/entities/processes").asLong()).isEqualTo(2);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Exception {
        Path file = events("a.ndjson", "load_orders", "orders", "daily");
        Path workspace = temp.resolve("ws");
        CliRun.of(temp, "import", "openlineage", file.toString(), "--workspace", workspace.toString());

        CliRun again = CliRun.of(temp, "import", "openlineage", file.toString(), "--workspace", workspace.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Imported 1 file(s)").containsPattern("inserted\\s+0")
                .containsPattern("unchanged\\s+4");
    }

    @Test
    void aBrokenFileFailsWithOneLineAndImportsNothing() throws Exception {
        Path good = events("good.ndjson", "load_orders", "orders", "daily");
        Path bad = temp.resolve("bad.ndjson");
        Files.writeString(bad, "{\"job\":{\"namespace\":\"etl\",\"name\":7}}\n");
        Path workspace = temp.resolve("ws");

        CliRun run = CliRun.of(temp, "import", "openlineage", good.toString(), bad.toString(),
                "--workspace", workspace.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(
                "steward: bad.ndjson line 1 col 34 at $.job.name: expected a string, found a number");
        CliRun stats = CliRun.of(temp, "stats", "--workspace", workspace.toString(), "--json");
        assertThat(new ObjectMapper().readTree(stats.out()).get("totalEntities").asLong()).isZero();
    }

    @Test
    void unknownFormatsAndMissingFilesAreUserErrors() throws Exception {
        Path file = events("a.ndjson", "j", "i", "o");

        CliRun format = CliRun.of(temp, "import", "csv", file.toString(), "--workspace", temp.resolve("w").toString());
        CliRun missing = CliRun.of(temp, "import", "atlas", temp.resolve("nope.json").toString(),
                "--workspace", temp.resolve("w").toString());
        CliRun catalog = CliRun.of(temp, "import", "atlas", file.toString(), "--catalog", file.toString(),
                "--workspace", temp.resolve("w").toString());

        assertThat(format.exitCode()).isEqualTo(1);
        assertThat(format.err()).contains("unknown format 'csv'");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
        assertThat(catalog.err()).contains("--catalog only applies to dbt");
    }

    @Test
    void aFileGivenToTheWrongImporterSaysWhichFormatItIs() throws Exception {
        Path manifest = temp.resolve("manifest.json");
        Files.writeString(manifest, "{\"metadata\": {\"dbt_schema_version\": "
                + "\"https://schemas.getdbt.com/dbt/manifest/v4.json\"}, \"nodes\": {}}");

        CliRun run = CliRun.of(temp, "import", "openlineage", manifest.toString(), "--workspace",
                temp.resolve("ws").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("manifest.json line 1 col 1 at $: expected a RunEvent, JobEvent or "
                + "DatasetEvent: the event has neither 'job' nor 'dataset' (the file looks like a dbt artifact: "
                + "import it as dbt)");
    }
}
