package org.steward.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBookTest {

    @TempDir
    Path temp;

    @Test
    void theStandardRulesCoverEveryCheckWithRationaleAndSeverity() {
        RuleBook book = RuleBook.standard();

        assertThat(book.rules()).extracting(rule -> rule.check().kind()).contains("owner-required",
                "personal-data-classified", "retention-declared", "retention-within-maximum", "dpia-linked", "naming",
                "no-personal-data-into-public", "no-sensitivity-downgrade", "residency");
        assertThat(book.rules()).allSatisfy(rule -> {
            assertThat(rule.rationale()).isNotBlank();
            assertThat(rule.title()).isNotBlank();
        });
        assertThat(book.settings().stages()).extracting(StageRule::stage)
                .containsExactly("raw", "model-output", "processed");
    }

    @Test
    void aUserFileAddsRulesAndReplacesOnesWithTheSameId() throws Exception {
        Path file = temp.resolve("ours.json");
        Files.writeString(file, """
                {"rules": [
                  {"id": "owner-required", "check": "owner-required", "title": "Owners, strictly",
                   "severity": "critical", "rationale": "We mean it."},
                  {"id": "naming-hr", "check": "naming", "severity": "low", "entityType": "dataset",
                   "source": "mssql-hr-.*", "pattern": "^hr_[a-z_]+$", "rationale": "HR tables start with hr_."}
                ]}
                """);

        RuleBook standard = RuleBook.standard();
        RuleBook book = standard.plus(file);

        assertThat(book.rules()).hasSize(RuleBook.standard().rules().size() + 1);
        assertThat(book.rule("owner-required").orElseThrow().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(book.rule("naming-hr").orElseThrow().origin()).isEqualTo(file.toString());
        assertThat(book.settings()).isSameAs(standard.settings());
    }

    @Test
    void everyProblemOfABrokenFileIsNamedWithItsRule() {
        String broken = """
                {"rules": [
                  {"id": "a", "check": "owner-required", "severity": "hgih"},
                  {"id": "b", "check": "no-such-check", "severity": "low"},
                  {"id": "c", "check": "naming", "severity": "low", "pattern": "([a-z"},
                  {"check": "owner-required", "severity": "low"}
                ]}
                """;

        assertThatThrownBy(() -> RuleBook.standard().plus(broken, "broken.json"))
                .isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("rule #1 (a): severity must be info, low, medium, high or critical, not 'hgih'")
                .hasMessageContaining("rule #2 (b): unknown check 'no-such-check'")
                .hasMessageContaining("rule #3 (c): pattern '([a-z' is not a regular expression")
                .hasMessageContaining("rule #4: no id");
    }

    @Test
    void invalidJsonNamesTheLine() {
        assertThatThrownBy(() -> RuleBook.standard().plus("{\n\"rules\": [\n{\"id\": }\n]}", "bad.json"))
                .isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("line 3");
    }

    @Test
    void severitiesOrderFromInfoToCritical() {
        assertThat(Severity.parse("HIGH")).contains(Severity.HIGH);
        assertThat(Severity.parse("severe")).isEmpty();
        assertThat(Severity.CRITICAL.atLeast(Severity.HIGH)).isTrue();
        assertThat(Severity.MEDIUM.atLeast(Severity.HIGH)).isFalse();
    }
}
