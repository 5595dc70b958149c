package org.steward.model.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.model.change.AttributeChange;
import org.steward.model.change.OwnerChange;
import org.steward.model.classification.Taxonomy;
import org.steward.model.policy.EntityFacts;
import org.steward.model.policy.InvalidRulesException;
import org.steward.model.policy.PolicyCatalog;
import org.steward.model.policy.PolicyEngine;
import org.steward.model.policy.PolicyReport;
import org.steward.model.policy.RuleBook;
import org.steward.model.policy.Violation;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;

class PolicyWorkspaceTest {
    private Workspace workspace;

    @BeforeEach
    void setUp() {
        workspace = Workspace.inMemory("policy");
        workspace.ingest(TestCatalogs.small(), "test", ProgressMonitor.NONE);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private PolicyReport check(RuleBook rules) {
        return new PolicyEngine(Taxonomy.standard(), rules).evaluate(workspace.policyCatalog(), ProgressMonitor.NONE);
    }

    @Test
    void theCatalogHasDatasetsColumnsLabelsAndLineageThroughProcesses() {
        PolicyCatalog catalog = workspace.policyCatalog();

        EntityFacts customers = find(catalog, TestCatalogs.CUSTOMERS);
        EntityFacts staging = find(catalog, TestCatalogs.STG_CUSTOMERS);
        assertThat(customers.owner()).isEqualTo("ana");
        assertThat(customers.columns()).extracting(column -> column.name())
                .containsExactly("customer_id", "email", "birth_date");
        assertThat(customers.columns().get(1).labels()).containsExactly("PII.Email");
        assertThat(customers.columns().get(2).suspected()).isTrue();
        assertThat(catalog.flows().get(customers.id())).containsExactly(staging.id());
        assertThat(catalog.columnFlows().get(customers.columns().get(1).id()))
                .containsExactly(staging.columns().get(0).id());
        assertThat(catalog.entities()).hasSize(4);
    }

    @Test
    void theStandardRulesFindTheUnlabelledBirthDateAndTheMissingRetention() {
        PolicyReport report = check(RuleBook.standard());

        assertThat(report.of("personal-data-classified")).extracting(Violation::qualifiedName)
                .containsExactly(TestCatalogs.CUSTOMERS);
        assertThat(report.of("personal-data-classified").get(0).message()).contains("birth_date");
        assertThat(report.of("retention-declared")).extracting(Violation::qualifiedName)
                .containsExactlyInAnyOrder(TestCatalogs.CUSTOMERS, TestCatalogs.STG_CUSTOMERS);
        assertThat(report.of("owner-required")).isEmpty();
        assertThat(report.entitiesChecked()).isEqualTo(4);
    }

    @Test
    void aPendingOwnerRemovalShowsAsAViolationBeforeItIsApproved() {
        long orders = workspace.catalog().entityByQualifiedName(TestCatalogs.ORDERS).orElseThrow().id();
        workspace.changes().propose(new OwnerChange(orders, "ben", ""), "ana");

        assertThat(check(RuleBook.standard()).of("owner-required")).extracting(Violation::qualifiedName)
                .containsExactly(TestCatalogs.ORDERS);
    }

    @Test
    void anAttributeChangeIsStoredOverlaidAndJudged() {
        long customers = workspace.catalog().entityByQualifiedName(TestCatalogs.CUSTOMERS).orElseThrow().id();
        workspace.changes().propose(new AttributeChange(customers, "retention", "", "P1Y"), "ana");

        AttributeChange stored = (AttributeChange) workspace.changes().pending().get(0).change();
        assertThat(stored).isEqualTo(new AttributeChange(customers, "retention", "", "P1Y"));
        var details = workspace.catalog().details(customers).orElseThrow();
        assertThat(workspace.overlay().apply(details, workspace.changes().pendingFor(java.util.List.of(customers)))
                .details().attributes()).containsEntry("retention", "P1Y").containsEntry("row_count", "1200");
        assertThat(check(RuleBook.standard()).of("retention-declared")).extracting(Violation::qualifiedName)
                .containsExactly(TestCatalogs.STG_CUSTOMERS);
    }

    @Test
    void ruleSetsAreStoredCheckedAndAudited() {
        String stricter = "{\"rules\": [{\"id\": \"owner-required\", \"check\": \"owner-required\","
                + " \"severity\": \"critical\", \"rationale\": \"x\"}]}";
        workspace.policyRules().put("ours.json", stricter, "ana", RuleBook.standard());

        assertThat(workspace.policyRules().list()).extracting(set -> set.name()).containsExactly("ours.json");
        assertThat(workspace.policyRules().applyTo(RuleBook.standard()).rule("owner-required").orElseThrow()
                .severity().id()).isEqualTo("critical");
        assertThatThrownBy(() -> workspace.policyRules().put("broken.json", "{\"rules\": [{}]}", "ana",
                RuleBook.standard())).isInstanceOf(InvalidRulesException.class);
        assertThat(workspace.policyRules().list()).hasSize(1);

        workspace.policyRules().remove("ours.json", "ana");

        assertThat(workspace.policyRules().list()).isEmpty();
        assertThat(workspace.audit().latest(5)).extracting(event -> event.action())
                .contains("policy.rules.added", "policy.rules.removed");
        assertThat(workspace.audit().verify().intact()).isTrue();
    }

    private static EntityFacts find(PolicyCatalog catalog, String qualifiedName) {
        return catalog.entities().stream().filter(entity -> entity.qualifiedName().equals(qualifiedName))
                .findFirst().orElseThrow();
    }
}
