package org.steward.model.classification.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.model.classification.Taxonomy;
import org.steward.model.demo.DemoBlueprint;

class ClassificationBenchmarkTest {

    private final Taxonomy taxonomy = Taxonomy.standard();
    private final ClassificationBenchmark benchmark = new ClassificationBenchmark(
            new ColumnClassifier(new NameDetector(), ValueFormats.standard(2026), 0.6), taxonomy);

    @Test
    void scoresTruePositivesFalsePositivesAndMissesPerClass() {
        ClassificationBenchmark.Result result = benchmark.run(List.of(
                new LabelledColumn("email", List.of("a@example.com"), "PII.Email", "t"),
                new LabelledColumn("postcode", List.of("SW1A 1AA"), "PII.PostalAddress", "t"),
                new LabelledColumn("widget", List.of("x"), "PII.Name", "t"),
                new LabelledColumn("owner_mail", List.of("x@example.com"), LabelledColumn.NONE, "t"),
                new LabelledColumn("quantity", List.of("3"), LabelledColumn.NONE, "t")));

        assertThat(result.overall()).isEqualTo(new ClassificationScore("overall", 2, 1, 1));
        assertThat(result.perClass()).contains(new ClassificationScore("PII.Email", 1, 1, 0),
                new ClassificationScore("PII.PostalAddress", 1, 0, 0), new ClassificationScore("PII.Name", 0, 0, 1));
        assertThat(result.columns()).isEqualTo(5);
        assertThat(result.personalColumns()).isEqualTo(3);
        assertThat(result.mistakes()).containsExactly("t: widget expected PII.Name, got NONE",
                "t: owner_mail expected NONE, got PII.Email");
    }

    @Test
    void theShippedCorpusParsesWithKnownClassifications() {
        List<LabelledColumn> rows = ClassificationCorpus.handLabelled(taxonomy);

        assertThat(rows).hasSizeGreaterThan(200);
        assertThat(rows).filteredOn(LabelledColumn::personal).hasSizeGreaterThan(100);
        assertThat(rows).filteredOn(r -> r.name().equals("adresse")).singleElement()
                .satisfies(r -> assertThat(r.samples()).contains("12 rue de Rivoli, Paris"));
    }

    @Test
    void anUnknownClassificationInTheCorpusNamesItsLine() {
        String csv = "column,samples,expected\nemail,a@b.c,PII.Shoe\n";

        assertThatThrownBy(() -> ClassificationCorpus.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), taxonomy))
                .hasMessage("corpus line 2: unknown classification PII.Shoe");
    }

    @Test
    void demoColumnsCarryTheirLabelsResolvedThroughTheTaxonomy() {
        List<LabelledColumn> demo = ClassificationCorpus.demo(DemoBlueprint.load(), taxonomy, 7);

        assertThat(demo).extracting(LabelledColumn::expected).contains("PII.PostalAddress", "PII.Email",
                LabelledColumn.NONE).doesNotContain("PII.Address");
        assertThat(demo).allSatisfy(c -> assertThat(c.samples()).isNotEmpty());
        assertThat(ClassificationCorpus.demoSkipped(DemoBlueprint.load(), taxonomy, 7)).isPositive();
    }

    @Test
    void theStandardClassifierMeetsTheTargetsOnTheShippedCorpus() {
        ClassificationBenchmark.Result result = benchmark.run(ClassificationCorpus.handLabelled(taxonomy));

        assertThat(result.overall().precision()).as(String.join("\n", result.mistakes())).isGreaterThanOrEqualTo(0.95);
        assertThat(result.overall().recall()).as(String.join("\n", result.mistakes())).isGreaterThanOrEqualTo(0.90);
    }
}
