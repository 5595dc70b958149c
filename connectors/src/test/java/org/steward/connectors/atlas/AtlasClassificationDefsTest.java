package org.steward.connectors.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.connectors.importing.Fixtures;
import org.steward.model.classification.ClassificationDef;
import org.steward.model.classification.WorkspaceTaxonomy;
import org.steward.model.workspace.Workspace;

/** Atlas classificationDefs from typedefs files merge into the workspace's taxonomy with their attributes. */
class AtlasClassificationDefsTest {
    private static final String SAMPLE = "atlas/apache-atlas/dev-support/atlas-scripts/sample-data/";
    private static final String EGERIA = "atlas/egeria-recorded-responses/apache-atlas-adapter/src/test/resources/";

    @TempDir
    Path temp;

    @Test
    void theAtlasSampleTypedefsAddFinancePiiBelowOurPii() {
        try (Workspace workspace = Workspace.inMemory("atlas")) {
            Fixtures.importFile(workspace, new AtlasImporter(), Fixtures.path(SAMPLE + "typedefs_create.json"));

            WorkspaceTaxonomy taxonomy = workspace.classifications().taxonomy();
            ClassificationDef finance = taxonomy.taxonomy().find("FINANCE_PII").orElseThrow();
            assertThat(finance.parent()).isEqualTo("PII");
            assertThat(taxonomy.attributesOf("FINANCE_PII")).containsExactly("notes");
            assertThat(taxonomy.attributesOf("PII")).containsExactly("type");
            assertThat(taxonomy.taxonomy().find("PII").orElseThrow().masking())
                    .as("our PII keeps its masking rule").isPresent();
        }
    }

    @Test
    void aRecordedAtlasServersTypedefsMergeEveryClassificationDef() {
        try (Workspace workspace = Workspace.inMemory("atlas")) {
            Fixtures.importFile(workspace, new AtlasImporter(), Fixtures.path(EGERIA + "types_vanilla.json"));

            WorkspaceTaxonomy taxonomy = workspace.classifications().taxonomy();
            assertThat(taxonomy.all()).hasSize(org.steward.model.classification.Taxonomy.standard().all().size() + 20);
            assertThat(taxonomy.taxonomy().contains("SubjectArea")).isTrue();
            assertThat(taxonomy.attributesOf("Retention")).contains("archiveAfter", "deleteAfter");
        }
    }

    @Test
    void aTypedefsFileWithADefinitionWithoutANameIsRefusedNamingTheField() throws IOException {
        Path file = temp.resolve("typedefs.json");
        Files.writeString(file, "{\"classificationDefs\": [{\"description\": \"no name\"}]}");
        try (Workspace workspace = Workspace.inMemory("atlas")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                    Fixtures.importFile(workspace, new AtlasImporter(), file)).hasMessageContaining("name");
            assertThat(workspace.classifications().taxonomy().all()).hasSize(
                    org.steward.model.classification.Taxonomy.standard().all().size());
        }
    }
}
