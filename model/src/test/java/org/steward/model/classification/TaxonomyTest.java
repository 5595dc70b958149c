package org.steward.model.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.demo.DemoBlueprint;
import org.steward.model.ingest.ClassificationDefinitionRecord;

class TaxonomyTest {

    @TempDir
    Path temp;

    @Test
    void standardTaxonomyHasTheHierarchyWithRegulationsMaskingAndRetention() {
        Taxonomy taxonomy = Taxonomy.standard();

        ClassificationDef card = taxonomy.find("Financial.CardNumber").orElseThrow();
        assertThat(card.parent()).isEqualTo("Financial");
        assertThat(card.sensitivity()).isEqualTo(4);
        assertThat(card.masking()).contains(MaskingRule.PARTIAL_LAST_4);
        assertThat(card.regulations()).extracting(Regulation::framework).contains("PCI DSS", "GDPR", "CCPA");
        assertThat(taxonomy.find("PII.DateOfBirth").orElseThrow().masking()).contains(MaskingRule.GENERALISE_YEAR);
        assertThat(taxonomy.find("PII.Email").orElseThrow().retention()).contains(Period.ofYears(6));
        assertThat(taxonomy.isA("SpecialCategory.Health", "PII")).isTrue();
        assertThat(taxonomy.isA("PII.Postcode", "PII.PostalAddress")).isTrue();
        assertThat(taxonomy.isA("PII.Email", "Financial")).isFalse();
    }

    @Test
    void standardTaxonomyListsAllEighteenHipaaIdentifiers() {
        long identifiers = Taxonomy.standard().all().stream()
                .filter(def -> def.parent().equals("PHI") && !def.name().equals("PHI.Health"))
                .filter(def -> def.regulations().stream().anyMatch(r -> r.reference().startsWith("identifier ")))
                .count();

        assertThat(identifiers).isEqualTo(18);
        assertThat(Taxonomy.standard().contains("PHI.Health")).isTrue();
    }

    @Test
    void everyDemoLabelExistsInTheTaxonomyDirectlyOrAsAnAlias() {
        Taxonomy taxonomy = Taxonomy.standard();

        assertThat(DemoBlueprint.load().classifications()).allSatisfy(c -> assertThat(taxonomy.contains(c.name()))
                .as(c.name()).isTrue());
        assertThat(taxonomy.find("PII.Address").orElseThrow().name()).isEqualTo("PII.PostalAddress");
        assertThat(taxonomy.find("PII.Location").orElseThrow().name()).isEqualTo("PII.PreciseLocation");
    }

    @Test
    void anEditedFileWithBadEntriesIsRejectedNamingEachEntry() throws IOException {
        Path file = temp.resolve("taxonomy.json");
        Files.writeString(file, """
                {"classifications": [
                  {"name": "PII", "parent": "", "sensitivity": 3, "masking": "redact", "retention": "P6Y"},
                  {"name": "PII.Shoe", "parent": "PII", "sensitivity": 7, "masking": "redact", "retention": "P6Y"},
                  {"name": "PII.Hat", "parent": "PII", "sensitivity": 2, "masking": "shred", "retention": "6 years"},
                  {"name": "PII.Sock", "parent": "Clothes", "sensitivity": 2, "masking": "redact", "retention": "P1Y"}
                ]}
                """);

        assertThatThrownBy(() -> Taxonomy.read(file)).isInstanceOf(InvalidTaxonomyException.class)
                .satisfies(e -> assertThat(((InvalidTaxonomyException) e).problems()).containsExactly(
                        "PII.Shoe: sensitivity must be a whole number from 0 to 4, not 7",
                        "PII.Hat: unknown masking rule 'shred'",
                        "PII.Hat: retention '6 years' is not an ISO-8601 period such as P6Y or P13M"));
    }

    @Test
    void unknownParentsAndDuplicatesAreRejected() throws IOException {
        Path file = temp.resolve("taxonomy.json");
        Files.writeString(file, """
                {"classifications": [
                  {"name": "PII", "parent": "", "sensitivity": 3, "masking": "redact", "retention": "P6Y"},
                  {"name": "PII", "parent": "", "sensitivity": 3, "masking": "redact", "retention": "P6Y"},
                  {"name": "PII.Sock", "parent": "Clothes", "sensitivity": 2, "masking": "redact", "retention": "P1Y"}
                ]}
                """);

        assertThatThrownBy(() -> Taxonomy.read(file)).hasMessageContaining("PII: defined twice")
                .hasMessageContaining("PII.Sock: parent Clothes is not defined");
    }

    @Test
    void atlasDefinitionsMergeInWithoutOverwritingTheTaxonomy() {
        Taxonomy merged = Taxonomy.standard().merge(List.of(
                new ClassificationDefinitionRecord("PII.Email", "", "Atlas says something else", 1),
                new ClassificationDefinitionRecord("PII.LoyaltyNumber", "PII", "Loyalty card number", 2)));

        assertThat(merged.find("PII.Email").orElseThrow().sensitivity()).isEqualTo(3);
        ClassificationDef loyalty = merged.find("PII.LoyaltyNumber").orElseThrow();
        assertThat(loyalty.parent()).isEqualTo("PII");
        assertThat(loyalty.masking()).isEmpty();
        assertThat(merged.isA("PII.LoyaltyNumber", "PII")).isTrue();
        assertThat(Taxonomy.standard().contains("PII.LoyaltyNumber")).isFalse();
        assertThatThrownBy(() -> merged.merge(List.of(new ClassificationDefinitionRecord("X.Y", "X", "", 1))))
                .hasMessageContaining("X.Y: parent X is not defined");
    }

    @Test
    void definitionRecordsCarryEveryClassificationWithParentsFirst() {
        List<ClassificationDefinitionRecord> records = Taxonomy.standard().toDefinitionRecords();

        assertThat(records).hasSize(Taxonomy.standard().all().size());
        for (int i = 0; i < records.size(); i++) {
            String parent = records.get(i).parent();
            assertThat(parent.isEmpty() || records.subList(0, i).stream().anyMatch(r -> r.name().equals(parent)))
                    .as(records.get(i).name()).isTrue();
        }
    }
}
