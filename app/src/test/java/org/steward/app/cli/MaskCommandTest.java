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
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;

class MaskCommandTest {

    @TempDir
    static Path temp;

    private static Path workspace;

    @BeforeAll
    static void makeWorkspace() {
        workspace = temp.resolve("ws");
        try (Workspace created = Workspace.create(workspace, "shop")) {
            created.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        }
    }

    @Test
    void previewShowsEachColumnsRuleAndMaskedSamples() throws IOException {
        CliRun run = CliRun.of(temp, "mask", "preview", TestCatalogs.CUSTOMERS, "-w", workspace.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode email = json.get("columns").get(1);
        assertThat(email.get("name").asText()).isEqualTo("email");
        assertThat(email.get("rule").asText()).isEqualTo("token");
        assertThat(email.at("/samples/0/sample").asText()).isEqualTo("ana.silva@example.com");
        assertThat(email.at("/samples/0/masked").asText()).matches("[a-z]{3}[.][a-z]{5}@example[.]com")
                .isNotEqualTo("ana.silva@example.com");
        assertThat(json.get("columns").get(0).get("rule").isNull()).isTrue();
    }

    @Test
    void ddlWritesAPostgresViewToAFileWithoutTheSalt() throws IOException {
        Path file = temp.resolve("customers.sql");
        CliRun run = CliRun.of(temp, "mask", "ddl", TestCatalogs.CUSTOMERS, "--dialect", "postgresql", "-w",
                workspace.toString(), "--out", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 masked columns");
        String sql = Files.readString(file);
        assertThat(sql).contains("CREATE OR REPLACE VIEW public.customers_masked AS")
                .contains("steward_masking.fp_token(email::text").doesNotContain("\nINSERT INTO");
        try (Workspace open = Workspace.open(workspace)) {
            assertThat(sql).doesNotContain(open.masking().salt().value());
        }
    }

    @Test
    void ddlForSnowflakeWithRolesAndTheSaltWhenAsked() {
        CliRun run = CliRun.of(temp, "mask", "ddl", TestCatalogs.CUSTOMERS, "--dialect", "snowflake",
                "--unmasked-role", "PII_READER", "--include-salt", "-w", workspace.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("CURRENT_ROLE() IN ('PII_READER')")
                .contains("ALTER TABLE shop.public.customers MODIFY COLUMN email SET MASKING POLICY")
                .contains("INSERT INTO shop.STEWARD_MASKING.SALT (SALT) VALUES ('");
    }

    @Test
    void aRuleChosenForAColumnShowsInThePreview() throws IOException {
        CliRun set = CliRun.of(temp, "mask", "rule", "--column", "shop.public.customers.birth_date@pg",
                "generalise-year", "-w", workspace.toString());
        assertThat(set.exitCode()).as(set.err()).isZero();

        JsonNode json = new ObjectMapper().readTree(CliRun.of(temp, "mask", "preview", TestCatalogs.CUSTOMERS, "-w",
                workspace.toString(), "--json").out());
        assertThat(json.at("/columns/2/rule").asText()).isEqualTo("generalise-year");
        assertThat(json.at("/columns/2/samples/0/masked").asText()).isEqualTo("1984");

        CliRun reset = CliRun.of(temp, "mask", "rule", "--column", "shop.public.customers.birth_date@pg", "default",
                "-w", workspace.toString());
        assertThat(reset.out()).contains("back to the taxonomy's default");
    }

    @Test
    void mistakesAreOneLineUserErrors() {
        assertUserError(CliRun.of(temp, "mask", "ddl", TestCatalogs.CUSTOMERS, "--dialect", "oracle", "-w",
                workspace.toString()), "--dialect must be postgresql or snowflake");
        assertUserError(CliRun.of(temp, "mask", "preview", "nope@pg", "-w", workspace.toString()),
                "there is no entity 'nope@pg'");
        assertUserError(CliRun.of(temp, "mask", "preview", TestCatalogs.LOAD, "-w", workspace.toString()),
                "not a dataset");
        assertUserError(CliRun.of(temp, "mask", "rule", "--classification", "PII.Email", "scramble", "-w",
                workspace.toString()), "unknown masking rule 'scramble'");
        assertUserError(CliRun.of(temp, "mask", "ddl", TestCatalogs.CUSTOMERS, "--dialect", "snowflake",
                "--unmasked-role", "x'y", "-w", workspace.toString()), "not a role name");
    }

    private static void assertUserError(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).contains(message);
        assertThat(run.err().strip().lines()).hasSize(1);
    }
}
