package org.steward.views.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.masking.Generalisation;
import org.steward.model.masking.Granularity;
import org.steward.model.masking.RuleSource;
import org.steward.model.masking.SaltedHash;
import org.steward.model.masking.SqlDialect;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.task.SameThreadTaskExecutor;

class MaskingViewModelTest {
    private Workspace workspace;
    private MaskingViewModel model;

    @TempDir
    Path temp;

    @BeforeEach
    void setUp() {
        workspace = Workspace.inMemory("test");
        workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        model = new MaskingViewModel(workspace, "ana", new SameThreadTaskExecutor(), new LazyTaxonomy());
        long id = workspace.catalog().entityByQualifiedName(TestCatalogs.CUSTOMERS).orElseThrow().id();
        EntityDetails details = workspace.catalog().details(id).orElseThrow();
        model.show(details);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void previewShowsEachColumnWithItsSamplesMasked() {
        assertThat(model.rows()).extracting(row -> row.column().name())
                .containsExactly("customer_id", "email", "birth_date");
        MaskingRow email = model.rows().get(1);
        assertThat(email.column().decidedBy()).contains("PII.Email");
        assertThat(email.maskedSamples()).hasSize(2).allMatch(masked -> masked.matches("[a-z.]+@example[.](com|org)"))
                .doesNotContain("ana.silva@example.com");
        assertThat(email.sampleLines().get(0)).startsWith("ana.silva@example.com  →  ");
        assertThat(model.rows().get(0).maskedSamples()).containsExactly("1001", "1002");
        assertThat(model.classificationRules()).singleElement()
                .satisfies(rule -> assertThat(rule.classification()).isEqualTo("PII.Email"));
    }

    @Test
    void ddlFollowsTheDialectTheSaltChoiceAndTheRoles() {
        String salt = workspace.masking().salt().value();
        assertThat(model.ddlProperty().get()).contains("CREATE OR REPLACE VIEW public.customers_masked")
                .doesNotContain(salt);

        model.includeSaltProperty().set(true);
        assertThat(model.ddlProperty().get()).contains(salt);

        model.dialectProperty().set(SqlDialect.SNOWFLAKE);
        model.unmaskedRolesProperty().set("PII_READER, AUDITOR");
        assertThat(model.ddlProperty().get()).contains("CREATE MASKING POLICY")
                .contains("CURRENT_ROLE() IN ('PII_READER', 'AUDITOR')");

        model.unmaskedRolesProperty().set("bad'role");
        assertThat(model.ddlProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).contains("not a role name");
    }

    @Test
    void aColumnRuleIsStoredAndThePreviewFollows() {
        MaskingRow birth = model.rows().get(2);
        assertThat(birth.column().masked()).isFalse();

        model.setColumnRule(birth.column(), Optional.of(new Generalisation(Granularity.YEAR)));

        MaskingRow after = model.rows().get(2);
        assertThat(after.column().source()).isEqualTo(RuleSource.COLUMN);
        assertThat(after.maskedSamples()).containsExactly("1984", "1991");
        assertThat(workspace.masking().overrides().forColumn(birth.column().qualifiedName())).isPresent();
        assertThat(model.ddlProperty().get()).contains("steward_masking.generalise_year(birth_date::text)");

        model.setColumnRule(after.column(), Optional.empty());
        assertThat(model.rows().get(2).column().masked()).isFalse();
    }

    @Test
    void aClassificationRuleAppliesToItsColumns() {
        model.setClassificationRule("PII.Email", Optional.of(new SaltedHash()));

        assertThat(model.rows().get(1).column().source()).isEqualTo(RuleSource.CLASSIFICATION);
        assertThat(model.rows().get(1).maskedSamples()).allMatch(masked -> masked.matches("[0-9a-f]{64}"));
        assertThat(model.classificationRules().get(0).chosen()).isTrue();
    }

    @Test
    void savingWritesTheShownDdl() throws IOException {
        Path file = temp.resolve("customers.sql");

        model.saveDdl(file);

        assertThat(Files.readString(file)).isEqualTo(model.ddlProperty().get());
        assertThat(model.messageProperty().get()).contains("Saved PostgreSQL");
    }
}
