package org.steward.connectors.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.connectors.importing.Fixtures;
import org.steward.model.catalog.ClassificationAssignment;
import org.steward.model.workspace.Workspace;

/** Classification validity periods and attributes of an Atlas entity export, as the REST API v2 writes them. */
class AtlasValidityTest {

    @TempDir
    Path temp;

    @Test
    void aLabelsValidityPeriodsAndAttributesAreKeptAndAnEndedLabelPropagatesNothing() throws Exception {
        Path export = Files.writeString(temp.resolve("entities.json"), """
                {"entities": [
                  {"typeName": "hive_table", "guid": "g-1",
                   "attributes": {"qualifiedName": "sales.orders@prod", "name": "orders"},
                   "classifications": [
                     {"typeName": "PII", "entityGuid": "g-1", "propagate": true,
                      "attributes": {"basis": "contract", "level": 3, "note": null},
                      "validityPeriods": [
                        {"startTime": "2024/01/01 00:00:00", "endTime": "2024/06/30 23:59:59", "timeZone": "UTC"},
                        {"startTime": "2024/09/01 00:00:00", "endTime": "2025/03/31 23:59:59", "timeZone": "UTC"}]},
                     {"typeName": "Confidential", "entityGuid": "g-1",
                      "validityPeriods": [{"startTime": "2024/01/01 00:00:00", "timeZone": "UTC"}]}]}]}
                """);
        try (Workspace workspace = Workspace.inMemory("atlas")) {
            Fixtures.importFile(workspace, new AtlasImporter(), export);

            long orders = workspace.catalog().entityByQualifiedName("sales.orders@prod").orElseThrow().id();
            assertThat(workspace.catalog().details(orders).orElseThrow().classifications()).containsExactlyInAnyOrder(
                    new ClassificationAssignment("Confidential", null, true, "import", LocalDate.of(2024, 1, 1),
                            null, Map.of()),
                    new ClassificationAssignment("PII", null, true, "import", LocalDate.of(2024, 1, 1),
                            LocalDate.of(2025, 3, 31), Map.of("basis", "contract", "level", "3")));
            assertThat(workspace.classifications().directLabels())
                    .extracting(label -> label.classification() + " " + label.propagate())
                    .containsExactlyInAnyOrder("Confidential true", "PII false");
        }
    }
}
