package org.steward.connectors.openlineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.connectors.importing.Fixtures;
import org.steward.connectors.importing.Fixtures.Counts;
import org.steward.connectors.importing.ImportException;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.ingest.IngestResult;
import org.steward.model.workspace.Workspace;

class OpenLineageStreamingTest {
    private static final String FULL = "marquez/api/src/test/resources/open_lineage/event_full.json";

    @TempDir
    Path temp;

    private Workspace workspace;

    @BeforeEach
    void emptyWorkspace() {
        workspace = Workspace.inMemory("stream");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static String event(String job, String input, String output, String outputDoc, String columns) {
        return "{\"eventType\":\"COMPLETE\",\"job\":{\"namespace\":\"etl\",\"name\":\"" + job + "\"},"
                + "\"inputs\":[{\"namespace\":\"postgres://db:5432\",\"name\":\"" + input + "\"}],"
                + "\"outputs\":[{\"namespace\":\"postgres://db:5432\",\"name\":\"" + output + "\",\"facets\":{"
                + "\"documentation\":{\"description\":\"" + outputDoc + "\"},"
                + "\"schema\":{\"fields\":[" + columns + "]}}}]}";
    }

    @Test
    void newlineDelimitedEventsWithABlankLineImport() throws IOException {
        Path file = temp.resolve("events.ndjson");
        Files.writeString(file, event("a", "shop.public.orders", "shop.mart.daily", "first", "{\"name\":\"day\"}")
                + "\n\n" + event("b", "shop.mart.daily", "shop.mart.weekly", "w", "{\"name\":\"week\"}") + "\n"
                + event("a", "shop.public.orders", "shop.mart.daily", "second", "{\"name\":\"total\",\"type\":\"int\"}")
                + "\n");

        IngestResult result = Fixtures.importFile(workspace, new OpenLineageImporter(), file);

        // orders, daily, weekly; daily's columns day and total (union), weekly's week; jobs a and b.
        assertThat(Counts.of(workspace)).isEqualTo(new Counts(3, 3, 2, 0, 4, 0));
        assertThat(result.inserted()).isEqualTo(8);
        EntityDetails daily = details("postgres://db:5432/shop.mart.daily");
        assertThat(daily.entity().description()).isEqualTo("second");
        assertThat(daily.entity().database()).isEqualTo("shop");
        assertThat(daily.entity().schema()).isEqualTo("mart");
        assertThat(daily.entity().source()).isEqualTo("postgres://db:5432");
        assertThat(Fixtures.importFile(workspace, new OpenLineageImporter(), file).changedAnything()).isFalse();
    }

    @Test
    void aJsonArrayAndSingleEventsImportTheSame() throws IOException {
        Path array = temp.resolve("array.json");
        String first = event("a", "x.y.in", "x.y.out", "d", "{\"name\":\"c\"}");
        String second = event("b", "x.y.out", "x.y.last", "d", "{\"name\":\"c\"}");
        Files.writeString(array, "  [\n" + first + ",\n" + second + "]\n");
        Path one = temp.resolve("one.json");
        Files.writeString(one, first);

        Fixtures.importFiles(workspace, new OpenLineageImporter(), List.of(one, array));

        assertThat(Counts.of(workspace)).isEqualTo(new Counts(3, 2, 2, 0, 4, 0));
    }

    @Test
    void manyEventsStreamInSeveralBatchesAndReimportChangesNothing() throws IOException {
        Path file = temp.resolve("many.ndjson");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 3_000; i++) {
                out.write(event("job" + (i % 500), "raw.s.t" + i, "mart.s.t" + (i % 700), "doc " + (i % 700),
                        "{\"name\":\"id\",\"type\":\"int\"},{\"name\":\"v" + (i % 3) + "\"}"));
                out.write('\n');
            }
        }

        Fixtures.importFile(workspace, new OpenLineageImporter(), file);

        // 3,000 raw inputs + 700 marts; columns: id and v0..v2 on each mart; 500 jobs.
        assertThat(Counts.of(workspace)).isEqualTo(new Counts(3_700, 700 * 4, 500, 0, 3_000 + 3_000, 0));
        assertThat(Fixtures.importFile(workspace, new OpenLineageImporter(), file).changedAnything()).isFalse();
    }

    @Test
    void aTruncatedFileFailsWithItsPositionAndLeavesTheWorkspaceAsItWas() throws IOException {
        Fixtures.importFile(workspace, new OpenLineageImporter(), Fixtures.path("marquez/docker/metadata.json"));
        Counts before = Counts.of(workspace);
        byte[] full = Files.readAllBytes(Fixtures.path(FULL));
        Path cut = temp.resolve("cut.json");
        Files.write(cut, Arrays.copyOf(full, full.length / 2));

        assertThatThrownBy(() -> Fixtures.importFile(workspace, new OpenLineageImporter(), cut))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("cut.json line ")
                .hasMessageContaining(" at $.")
                .hasMessageContaining("invalid JSON: Unexpected end-of-input")
                .hasMessageNotContaining("Source:");
        assertThat(Counts.of(workspace)).isEqualTo(before);
    }

    @Test
    void aWrongTypeIsReportedWithLineColumnAndJsonPath() throws IOException {
        String original = Files.readString(Fixtures.path("marquez/docker/metadata.json"));
        // The first schema field of the first output that has a schema: "name": "id" becomes a number.
        String broken = original.replaceFirst("\"name\": \"id\"", "\"name\": 42");
        assertThat(broken).isNotEqualTo(original);
        Path file = temp.resolve("metadata.json");
        Files.writeString(file, broken);
        Counts before = Counts.of(workspace);

        assertThatThrownBy(() -> Fixtures.importFile(workspace, new OpenLineageImporter(), file))
                .isInstanceOf(ImportException.class)
                .hasMessageMatching("metadata\\.json line \\d+ col \\d+ at \\$\\[\\d+\\]\\.(inputs|outputs)\\[\\d+\\]"
                        + "\\.facets\\.schema\\.fields\\[0\\]\\.name: expected a string, found a number")
                .satisfies(e -> {
                    ImportException failure = (ImportException) e;
                    long line = failure.line();
                    String text = broken.lines().skip(line - 1).findFirst().orElseThrow();
                    assertThat(text.substring((int) failure.column() - 1)).startsWith("42");
                });
        assertThat(Counts.of(workspace)).isEqualTo(before);
    }

    @Test
    void aWrongTypeInNewlineDelimitedEventsNamesTheLine() throws IOException {
        Path file = temp.resolve("events.ndjson");
        Files.writeString(file, event("a", "x.y.a", "x.y.b", "d", "{\"name\":\"c\"}") + "\n"
                + event("b", "x.y.b", "x.y.c", "d", "{\"name\":\"c\"},{\"name\":\"d\"},{\"name\":7}") + "\n");

        assertThatThrownBy(() -> Fixtures.importFile(workspace, new OpenLineageImporter(), file))
                .isInstanceOf(ImportException.class)
                .hasMessageMatching("events\\.ndjson line 2 col \\d+ at \\$\\.outputs\\[0\\]\\.facets\\.schema"
                        + "\\.fields\\[2\\]\\.name: expected a string, found a number");
        assertThat(Counts.of(workspace)).isEqualTo(new Counts(0, 0, 0, 0, 0, 0));
    }

    @Test
    void invalidJsonIsReportedWithItsPosition() throws IOException {
        Path file = temp.resolve("bad.ndjson");
        Files.writeString(file, event("a", "x.y.a", "x.y.b", "d", "{\"name\":\"c\"}") + "\n{\"job\": {\"name\": x}}\n");

        assertThatThrownBy(() -> Fixtures.importFile(workspace, new OpenLineageImporter(), file))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("bad.ndjson line 2 col 18 at $.job.name: invalid JSON: Unrecognized token 'x'");
        assertThat(Counts.of(workspace)).isEqualTo(new Counts(0, 0, 0, 0, 0, 0));
    }

    @Test
    void somethingElseThanEventsIsRejected() throws IOException {
        Path file = temp.resolve("list.json");
        Files.writeString(file, "[1]");

        assertThatThrownBy(() -> Fixtures.importFile(workspace, new OpenLineageImporter(), file))
                .isInstanceOf(ImportException.class)
                .hasMessage("list.json line 1 col 2 at $[0]: expected an OpenLineage event (an object), "
                        + "found a number");
    }

    @Test
    void facetsBecomeAttributesOwnersAndDescriptions() throws IOException {
        Path file = temp.resolve("facets.json");
        Files.writeString(file, "{\"job\":{\"namespace\":\"etl\",\"name\":\"load\",\"facets\":"
                + "{\"ownership\":{\"owners\":[{\"name\":\"team:data\",\"type\":\"MAINTAINER\"}]}}},"
                + "\"outputs\":[{\"namespace\":\"s3://bucket\",\"name\":\"/lake/sales/orders\","
                + "\"facets\":{\"symlinks\":{\"identifiers\":[{\"namespace\":\"hive://metastore\","
                + "\"name\":\"sales.orders\",\"type\":\"TABLE\"}]},"
                + "\"dataSource\":{\"name\":\"lake\","
                + "\"uri\":\"s3://bucket\"},\"storage\":{\"storageLayer\":\"iceberg\",\"fileFormat\":\"parquet\"},"
                + "\"datasetType\":{\"datasetType\":\"TABLE\"},\"lifecycleStateChange\":{\"lifecycleStateChange\":"
                + "\"CREATE\"},\"unknownFacet\":{\"x\":[1,2]},\"ownership\":{\"owners\":[{\"name\":\"ana\"}]}}}]}");

        Fixtures.importFile(workspace, new OpenLineageImporter(), file);

        EntityDetails orders = details("s3://bucket/lake/sales/orders");
        assertThat(orders.entity().name()).isEqualTo("orders");
        assertThat(orders.entity().schema()).isEqualTo("lake/sales");
        assertThat(orders.attributes()).containsAllEntriesOf(Map.of("symlinks", "TABLE hive://metastore/sales.orders",
                "dataSource.name", "lake", "dataSource.uri", "s3://bucket", "storage.storageLayer", "iceberg",
                "storage.fileFormat", "parquet", "datasetType", "TABLE", "lifecycleStateChange", "CREATE"));
        assertThat(orders.entity().subtype()).isEqualTo("table");
        assertThat(workspace.stats().owners()).isEqualTo(2);
    }

    private EntityDetails details(String qualifiedName) {
        return workspace.catalog().details(workspace.catalog().entityByQualifiedName(qualifiedName).orElseThrow().id())
                .orElseThrow();
    }
}
