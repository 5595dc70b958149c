package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineageCommandTest {
    private static final String EVENT = "{\"eventType\":\"COMPLETE\",\"job\":{\"namespace\":\"etl\",\"name\":\"%s\"},"
            + "\"inputs\":[{\"namespace\":\"postgres://db:5432\",\"name\":\"shop.%s\"}],"
            + "\"outputs\":[{\"namespace\":\"postgres://db:5432\",\"name\":\"shop.%s\",\"facets\":{"
            + "\"ownership\":{\"owners\":[{\"name\":\"%s\"}]},"
            + "\"schema\":{\"fields\":[{\"name\":\"id\",\"type\":\"int\"}]}}}]}";
    private static final String ORDERS = "postgres://db:5432/shop.public.orders";
    private static final String REPORT = "postgres://db:5432/shop.mart.report";

    @TempDir
    static Path temp;

    private static Path first;
    private static Path both;
    private static Path workspace;

    @BeforeAll
    static void importEvents() throws IOException {
        String load = String.format(EVENT, "load", "public.orders", "mart.daily", "ana");
        String report = String.format(EVENT, "report", "mart.daily", "mart.report", "ben");
        first = temp.resolve("first.ndjson");
        Files.writeString(first, load + "\n");
        both = temp.resolve("both.ndjson");
        Files.writeString(both, load + "\n" + report + "\n");
        workspace = temp.resolve("ws");
        CliRun run = CliRun.of(temp, "import", "openlineage", both.toString(), "--workspace", workspace.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private JsonNode json(CliRun run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void downstreamListsEntitiesWithDistanceTypeAndOwner() throws IOException {
        JsonNode json = json(CliRun.of(temp, "lineage", "downstream", ORDERS, "--workspace", workspace.toString(),
                "--json"));

        assertThat(json.get("count").asInt()).isEqualTo(4);
        assertThat(json.at("/entities/0/type").asText()).isEqualTo("process");
        assertThat(json.at("/entities/3/qualifiedName").asText()).isEqualTo(REPORT);
        assertThat(json.at("/entities/3/distance").asInt()).isEqualTo(4);
        assertThat(json.at("/entities/3/owner").asText()).isEqualTo("ben");
    }

    @Test
    void upstreamHonoursDepthAndPrintsText() {
        CliRun run = CliRun.of(temp, "lineage", "upstream", REPORT, "--depth", "2", "--workspace",
                workspace.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 entities upstream of " + REPORT).contains("shop.mart.daily");
    }

    @Test
    void impactListsConsumersOwnersAndWritesCsv() throws IOException {
        Path csv = temp.resolve("impact.csv");
        JsonNode json = json(CliRun.of(temp, "lineage", "impact", ORDERS, "--workspace", workspace.toString(),
                "--json", "--csv", csv.toString()));

        assertThat(json.get("impacted")).hasSize(2);
        assertThat(json.at("/ownersToNotify/0/id").asText()).isEqualTo("ana");
        assertThat(Files.readAllLines(csv)).hasSize(3).first().asString().startsWith("qualified_name,");
    }

    @Test
    void diffComparesTwoFilesOrAFileWithTheWorkspace() throws IOException {
        JsonNode files = json(CliRun.of(temp, "lineage", "diff", first.toString(), both.toString(), "--json"));
        assertThat(files.get("addedNodes")).hasSize(2);
        assertThat(files.get("addedEdges")).hasSize(2);
        assertThat(files.get("removedNodes")).isEmpty();

        JsonNode againstWorkspace = json(CliRun.of(temp, "lineage", "diff", first.toString(), "--workspace",
                workspace.toString(), "--json"));
        assertThat(againstWorkspace.get("removedNodes")).hasSize(2);
        assertThat(againstWorkspace.get("removedEdges")).hasSize(2);
    }

    @Test
    void diffTellsEachFilesFormatFromItsContent() throws IOException {
        String model = "\"model.shop.%1$s\": {\"resource_type\": \"model\", \"name\": \"%1$s\", "
                + "\"database\": \"db\", \"schema\": \"mart\", \"depends_on\": {\"nodes\": [%2$s]}}";
        Path older = temp.resolve("manifest-old.json");
        Files.writeString(older, "{\"metadata\": {\"dbt_version\": \"1.7.0\"}, \"nodes\": {"
                + String.format(model, "orders", "") + "}}");
        Path newer = temp.resolve("manifest-new.json");
        Files.writeString(newer, "{\"metadata\": {\"dbt_version\": \"1.8.0\"}, \"nodes\": {"
                + String.format(model, "orders", "") + ", "
                + String.format(model, "revenue", "\"model.shop.orders\"") + "}}");

        JsonNode diff = json(CliRun.of(temp, "lineage", "diff", older.toString(), newer.toString(), "--json"));

        // The revenue model's dataset and build process; edges orders → process → revenue.
        assertThat(diff.get("addedNodes")).hasSize(2);
        assertThat(diff.get("addedEdges")).hasSize(2);
        assertThat(diff.get("removedNodes")).isEmpty();
    }

    @Test
    void unknownEntitiesAndBadOptionsAreUserErrors() {
        CliRun unknown = CliRun.of(temp, "lineage", "downstream", "nope", "--workspace", workspace.toString());
        CliRun badDepth = CliRun.of(temp, "lineage", "upstream", REPORT, "--depth", "x", "--workspace",
                workspace.toString());
        CliRun oneSide = CliRun.of(temp, "lineage", "diff", first.toString());

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no entity 'nope'");
        assertThat(badDepth.exitCode()).isEqualTo(1);
        assertThat(oneSide.exitCode()).isEqualTo(1);
    }
}
