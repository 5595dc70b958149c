package org.steward.connectors.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.connectors.atlas.AtlasImporter;
import org.steward.connectors.dbt.DbtImporter;
import org.steward.connectors.openlineage.OpenLineageImporter;
import org.steward.model.ingest.CatalogImporter;
import org.steward.model.ingest.ImportFormatGuess;
import org.steward.model.workspace.Workspace;

class FormatHintTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "openlineage/marquez-column-lineage.json,                      openlineage",
        "openlineage/airflow-trino.json,                               openlineage",
        "openlineage/flink2-expected_sql_kafka.json,                   openlineage",
        "openlineage/python-client-serde_example_dataset_event.json,   openlineage",
        "atlas/hs2-table-rename-v2.json,                               atlas",
        "atlas/notifications-delete-db.json,                           atlas",
        "atlas/hs2-load-inpath-with-no-pathentities-to-retain.json,    atlas",
        "atlas/egeria-SearchByProperty-results_hbase_table.json,       atlas",
        "dbt/ol-snapshot-manifest-v4.json,                             dbt",
        "dbt/ol-alias-manifest-v2.json,                                dbt",
    })
    void unseenFilesAreToldApartByTheirFirstObject(String file, String format) {
        assertThat(ImportFormatGuess.of(Fixtures.unseen(file))).contains(format);
    }

    @Test
    void filesThatSayNothingHaveNoKind() throws IOException {
        Path csv = temp.resolve("orders.csv");
        Files.writeString(csv, "id,total\n1,2\n");
        Path other = temp.resolve("other.json");
        Files.writeString(other, "{\"name\": \"x\", \"values\": [1, 2]}");

        assertThat(ImportFormatGuess.of(csv)).isEqualTo(Optional.empty());
        assertThat(ImportFormatGuess.of(other)).isEqualTo(Optional.empty());
        assertThat(ImportFormatGuess.of(temp.resolve("missing.json"))).isEqualTo(Optional.empty());
    }

    @Test
    void aFileGivenToTheWrongImporterIsRejectedWithTheFormatToUse() {
        try (Workspace workspace = Workspace.inMemory("kind")) {
            assertThatThrownBy(() -> Fixtures.importFile(workspace, new OpenLineageImporter(),
                    Fixtures.unseen("dbt/ol-snapshot-manifest-v4.json")))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("ol-snapshot-manifest-v4.json line 1 col 1 at $: expected a RunEvent, JobEvent or "
                            + "DatasetEvent: the event has neither 'job' nor 'dataset' (the file looks like a dbt "
                            + "artifact: import it as dbt)");
            assertThatThrownBy(() -> Fixtures.importFile(workspace, new DbtImporter(),
                    Fixtures.unseen("openlineage/airflow-trino.json")))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("airflow-trino.json line 1 col 1 at $: expected a dbt manifest (an object), found an "
                            + "array (the file looks like OpenLineage events: import it as openlineage)");
            assertThatThrownBy(() -> Fixtures.importFile(workspace, new AtlasImporter(),
                    Fixtures.unseen("openlineage/marquez-column-lineage.json")))
                    .isInstanceOf(ImportException.class)
                    .hasMessageEndingWith("(the file looks like OpenLineage events: import it as openlineage)");
        }
    }

    @Test
    void archivesAreNamedAsSuchByEveryImporter() throws IOException {
        Path zip = temp.resolve("atlas-export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("atlas-export-info.json"));
            out.write("{}".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path gzip = temp.resolve("events.json.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write("{}".getBytes(StandardCharsets.UTF_8));
        }
        try (Workspace workspace = Workspace.inMemory("kind")) {
            for (CatalogImporter importer : List.of(new OpenLineageImporter(), new AtlasImporter(), new DbtImporter())) {
                assertThatThrownBy(() -> Fixtures.importFile(workspace, importer, zip))
                        .isInstanceOf(ImportException.class).hasMessage("atlas-export.zip line 1 col 1: a ZIP "
                                + "archive, not a JSON file: unpack it and import the JSON files inside");
                assertThatThrownBy(() -> Fixtures.importFile(workspace, importer, gzip))
                        .isInstanceOf(ImportException.class).hasMessage("events.json.gz line 1 col 1: a "
                                + "gzip-compressed file, not a JSON file: decompress it (gunzip) and import the result");
            }
        }
    }

    @Test
    void aFileOfTheRightFormatWithAnErrorGetsNoHint() throws IOException {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"eventType\": \"COMPLETE\", \"job\": {\"namespace\": \"etl\"}}");
        try (Workspace workspace = Workspace.inMemory("kind")) {
            assertThatThrownBy(() -> Fixtures.importFile(workspace, new OpenLineageImporter(), broken))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("broken.json line 1 col 34 at $.job.name: missing required string 'name'");
        }
    }
}
