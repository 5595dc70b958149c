package org.steward.connectors.openlineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.connectors.importing.Fixtures;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.workspace.Workspace;

/**
 * OpenLineage facets are incremental: an event that names a dataset in passing does not take back what an earlier
 * event said of it. That holds when the two events land in different batches of a large file, in different files of
 * one import or in two imports, as it does within one batch.
 */
class OpenLineageBatchesAddUpTest {
    private static final String FULL = "{\"eventType\":\"COMPLETE\",\"job\":{\"namespace\":\"etl\",\"name\":\"load\"},"
            + "\"outputs\":[{\"namespace\":\"pg\",\"name\":\"db.s.orders\",\"facets\":{\"documentation\":"
            + "{\"description\":\"Orders\"},\"ownership\":{\"owners\":[{\"name\":\"ana\"}]},\"symlinks\":"
            + "{\"identifiers\":[{\"namespace\":\"hive\",\"name\":\"s.orders\",\"type\":\"TABLE\"}]},"
            + "\"schema\":{\"fields\":[{\"name\":\"id\",\"type\":\"int\",\"description\":\"Order id\"}]}}}]}";
    private static final String OTHER = "{\"eventType\":\"COMPLETE\",\"job\":{\"namespace\":\"etl\",\"name\":\"copy\"},"
            + "\"inputs\":[{\"namespace\":\"pg\",\"name\":\"db.s.x\"}],\"outputs\":[{\"namespace\":\"pg\",\"name\":"
            + "\"db.s.y\"}]}";
    private static final String PASSING = "{\"eventType\":\"COMPLETE\",\"job\":{\"namespace\":\"etl\",\"name\":"
            + "\"report\"},\"inputs\":[{\"namespace\":\"pg\",\"name\":\"db.s.orders\",\"facets\":{\"dataSource\":"
            + "{\"name\":\"pg\",\"uri\":\"postgres://pg:5432\"},\"schema\":{\"fields\":[{\"name\":\"id\"}]}}}]}";

    @TempDir
    Path temp;

    @Test
    void aDatasetDescribedEarlyKeepsItsDescriptionWhenALaterBatchNamesItInPassing() throws IOException {
        Path file = temp.resolve("events.ndjson");
        Files.writeString(file, FULL + "\n" + OTHER + "\n" + PASSING + "\n");
        try (Workspace workspace = Workspace.inMemory("ol")) {
            Fixtures.importFile(workspace, new OpenLineageImporter(1), file);

            assertWhole(workspace);
        }
    }

    @Test
    void aDatasetDescribedInOneFileKeepsItsDescriptionWhenTheNextFileNamesItInPassing() throws IOException {
        Path first = temp.resolve("first.ndjson");
        Files.writeString(first, FULL + "\n");
        Path second = temp.resolve("second.ndjson");
        Files.writeString(second, PASSING + "\n");
        try (Workspace workspace = Workspace.inMemory("ol")) {
            Fixtures.importFiles(workspace, new OpenLineageImporter(), List.of(first, second));

            assertWhole(workspace);
        }
    }

    @Test
    void aLaterImportOfEventsAddsToWhatAnEarlierOneSaid() throws IOException {
        Path first = temp.resolve("monday.ndjson");
        Files.writeString(first, FULL + "\n");
        Path second = temp.resolve("tuesday.ndjson");
        Files.writeString(second, PASSING + "\n");
        try (Workspace workspace = Workspace.inMemory("ol")) {
            Fixtures.importFile(workspace, new OpenLineageImporter(), first);
            Fixtures.importFile(workspace, new OpenLineageImporter(), second);

            assertWhole(workspace);
            assertThat(Fixtures.importFile(workspace, new OpenLineageImporter(), second).changedAnything()).isFalse();
            assertThat(Fixtures.importFile(workspace, new OpenLineageImporter(), first).changedAnything()).isFalse();
        }
    }

    private static void assertWhole(Workspace workspace) {
        EntityDetails orders = details(workspace, "pg/db.s.orders");
        assertThat(orders.entity().description()).isEqualTo("Orders");
        assertThat(orders.entity().owner()).isEqualTo("ana");
        assertThat(orders.attributes()).containsEntry("symlinks", "TABLE hive/s.orders")
                .containsEntry("dataSource.uri", "postgres://pg:5432");
        EntityDetails id = details(workspace, "pg/db.s.orders#id");
        assertThat(id.entity().dataType()).isEqualTo("int");
        assertThat(id.entity().description()).isEqualTo("Order id");
    }

    private static EntityDetails details(Workspace workspace, String qualifiedName) {
        return workspace.catalog().details(workspace.catalog().entityByQualifiedName(qualifiedName).orElseThrow().id())
                .orElseThrow();
    }
}
