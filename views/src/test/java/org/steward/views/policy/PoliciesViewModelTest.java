package org.steward.views.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.change.OwnerChange;
import org.steward.model.policy.Severity;
import org.steward.model.policy.Violation;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.Area;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.task.SameThreadTaskExecutor;
import org.steward.views.testing.TestWorkspaces;

class PoliciesViewModelTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private PoliciesViewModel model;

    @BeforeEach
    void setUp() {
        workspace = TestWorkspaces.small();
        long orders = workspace.catalog().entityByQualifiedName(TestCatalogs.ORDERS).orElseThrow().id();
        workspace.changes().propose(new OwnerChange(orders, "ben", ""), "tester");
        model = new PoliciesViewModel(WorkspaceSession.of(workspace, "tester"), new SameThreadTaskExecutor());
        model.run();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void aRunListsViolationsMostSevereFirstWithCountsForEveryRule() {
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.allViolations()).extracting(Violation::ruleId).contains("owner-required",
                "personal-data-classified", "retention-declared");
        assertThat(model.allViolations().get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(model.counts()).hasSize(12);
        assertThat(model.counts().stream().filter(count -> count.rule().id().equals("owner-required"))
                .findFirst().orElseThrow().count()).isOne();
        assertThat(model.statusProperty().get()).contains("violations in 4 entities against 12 rules");
        assertThat(model.owners()).contains("ana");
        assertThat(model.sources()).contains("pg-prod");
    }

    @Test
    void filtersByRuleSeveritySourceAndOwnerCombine() {
        int all = model.shownViolations().size();

        model.ruleProperty().set("owner-required");
        assertThat(model.shownViolations()).extracting(Violation::qualifiedName).containsExactly(TestCatalogs.ORDERS);

        model.ruleProperty().set(null);
        model.severityProperty().set(Severity.HIGH);
        assertThat(model.shownViolations()).allMatch(violation -> violation.severity().atLeast(Severity.HIGH))
                .isNotEmpty();

        model.severityProperty().set(null);
        model.sourceProperty().set("Snowflake");
        assertThat(model.shownViolations()).extracting(Violation::qualifiedName)
                .containsOnly(TestCatalogs.STG_CUSTOMERS);

        model.ownerProperty().set("ana");
        assertThat(model.shownViolations()).isEmpty();

        model.clearFilters();
        assertThat(model.shownViolations()).hasSize(all);
    }

    @Test
    void fixItsLeadToTheRightEditor() {
        Violation owner = model.allViolations().stream().filter(v -> v.ruleId().equals("owner-required"))
                .findFirst().orElseThrow();
        Violation classify = model.allViolations().stream().filter(v -> v.ruleId().equals("personal-data-classified"))
                .findFirst().orElseThrow();
        Violation retention = model.allViolations().stream().filter(v -> v.ruleId().equals("retention-declared"))
                .findFirst().orElseThrow();

        assertThat(model.fixFor(owner)).isEqualTo(new FixTarget(Area.CATALOG, owner.entityId(), "owner"));
        assertThat(model.fixFor(classify)).isEqualTo(new FixTarget(Area.CATALOG, classify.entityId(),
                "classifications"));
        assertThat(model.fixFor(retention).focus()).isEqualTo("retention");
    }

    @Test
    void aProposedFixDisappearsOnTheNextRun() {
        long orders = workspace.catalog().entityByQualifiedName(TestCatalogs.ORDERS).orElseThrow().id();
        workspace.changes().propose(new OwnerChange(orders, "", "ana"), "tester");

        model.run();

        assertThat(model.allViolations()).extracting(Violation::ruleId).doesNotContain("owner-required");
    }

    @Test
    void ruleSetsAreAddedCheckedAndRemoved() throws Exception {
        Path good = temp.resolve("strict.json");
        Files.writeString(good, "{\"rules\": [{\"id\": \"owner-required\", \"check\": \"owner-required\","
                + " \"severity\": \"critical\", \"rationale\": \"Owners, always.\"}]}");
        Path bad = temp.resolve("broken.json");
        Files.writeString(bad, "{\"rules\": [{\"id\": \"x\", \"check\": \"nope\", \"severity\": \"low\"}]}");

        model.addRuleSet(good);
        assertThat(model.ruleSets()).extracting(set -> set.name()).containsExactly("strict.json");
        assertThat(model.allViolations().get(0).ruleId()).isEqualTo("owner-required");
        assertThat(model.allViolations().get(0).severity()).isEqualTo(Severity.CRITICAL);

        model.addRuleSet(bad);
        assertThat(model.statusProperty().get()).contains("Cannot add broken.json").contains("unknown check 'nope'");
        assertThat(model.ruleSets()).hasSize(1);

        model.removeRuleSet("strict.json");
        assertThat(model.ruleSets()).isEmpty();
        assertThat(model.allViolations().get(0).severity()).isEqualTo(Severity.HIGH);
    }
}
