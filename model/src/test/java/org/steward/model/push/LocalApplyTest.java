package org.steward.model.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.model.audit.AuditEvent;
import org.steward.model.audit.AuditQuery;
import org.steward.model.catalog.ClassificationAssignment;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.change.AttributeChange;
import org.steward.model.change.Change;
import org.steward.model.change.ChangeSetStatus;
import org.steward.model.change.ChangeState;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.change.ClassificationRemoved;
import org.steward.model.change.DescriptionChange;
import org.steward.model.change.GlossaryTermsChange;
import org.steward.model.change.LineageEdgeAdded;
import org.steward.model.change.LineageEdgeRemoved;
import org.steward.model.change.OwnerChange;
import org.steward.model.change.ProcessAdded;
import org.steward.model.change.ProcessRemoved;
import org.steward.model.change.ProposedChange;
import org.steward.model.identity.Role;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.search.SearchQuery;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;

/** A push makes the changes the platform accepted the local catalog's state, once, and nothing else. */
class LocalApplyTest {
    private static final String EMAIL_HASH = "ANALYTICS.STAGING.STG_CUSTOMERS.EMAIL_HASH@snowflake";
    private Workspace workspace;

    @BeforeEach
    void setUp() {
        workspace = Workspace.inMemory("local-apply-" + System.nanoTime());
        workspace.ingest(TestCatalogs.small(), "test", ProgressMonitor.NONE);
        workspace.users().enrollFirst("admin");
        workspace.users().save("admin", "ana", Set.of(Role.STEWARD));
        workspace.users().save("admin", "ben", Set.of(Role.REVIEWER));
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private long id(String qualifiedName) {
        return workspace.catalog().entityByQualifiedName(qualifiedName).orElseThrow().id();
    }

    private List<ProposedChange> approved(Change... changes) {
        List<ProposedChange> proposed = workspace.changes().proposeAll(List.of(changes), "ana");
        long set = proposed.get(0).changeSetId();
        workspace.review().submit(set, "ana");
        workspace.review().approve(set, "ben", "fine");
        return proposed;
    }

    private PushResult push(long set, PushTarget target) {
        return workspace.pushEngine(50).push(set, target, "ben", PushListener.NONE, () -> false);
    }

    private EntityDetails details(String qualifiedName) {
        return workspace.catalog().details(id(qualifiedName)).orElseThrow();
    }

    private List<AuditEvent> applications() {
        return workspace.audit().query(new AuditQuery(null, null, "change.applied", null, null), 1000);
    }

    @Test
    void aPushedDescriptionOwnerTermsAndAttributeAreTheCatalogsStateAndNoLongerPending() {
        long customers = id(TestCatalogs.CUSTOMERS);
        List<ProposedChange> changes = approved(
                new DescriptionChange(customers, "One row per registered customer of the web shop.",
                        "Registered shoppers, deduplicated by loyalty number."),
                new OwnerChange(customers, "ana", "ben"),
                new GlossaryTermsChange(customers, List.of("Customer@glossary"), List.of("EmailAddress@glossary")),
                new AttributeChange(customers, "retention", "", "P7Y"));
        assertThat(workspace.changes().pendingCount()).isEqualTo(4);

        PushResult result = push(changes.get(0).changeSetId(), new ScriptedTarget());

        assertThat(result.status()).contains(ChangeSetStatus.PUSHED);
        EntityDetails details = details(TestCatalogs.CUSTOMERS);
        assertThat(details.entity().description()).isEqualTo("Registered shoppers, deduplicated by loyalty number.");
        assertThat(details.entity().owner()).isEqualTo("ben");
        assertThat(details.glossaryTerms()).extracting(t -> t.qualifiedName()).containsExactly("EmailAddress@glossary");
        assertThat(details.attributes()).containsEntry("retention", "P7Y").containsEntry("row_count", "1200");
        assertThat(workspace.changes().pendingCount()).isZero();
        assertThat(workspace.stats().pendingChanges()).isZero();
        assertThat(workspace.changes().pendingFor(customers)).isEmpty();
        assertThat(workspace.review().changes(changes.get(0).changeSetId())).hasSize(4)
                .allSatisfy(change -> assertThat(change.state()).isEqualTo(ChangeState.APPLIED));
        assertThat(workspace.search().search(SearchQuery.text("loyalty")).hits())
                .extracting(hit -> hit.entity().qualifiedName()).containsExactly(TestCatalogs.CUSTOMERS);
        assertThat(applications()).hasSize(4);
        AuditEvent description = applications().stream().filter(e -> e.detail().contains("description"))
                .findFirst().orElseThrow();
        assertThat(description.actor()).isEqualTo("ben");
        assertThat(description.subject()).isEqualTo(TestCatalogs.CUSTOMERS);
        assertThat(description.before()).isEqualTo("One row per registered customer of the web shop.");
        assertThat(description.after()).isEqualTo("Registered shoppers, deduplicated by loyalty number.");
        assertThat(workspace.audit().verify().intact()).isTrue();
    }

    @Test
    void aPushedLabelIsDirectAndItsPropagatedLabelsAppearDownstream() {
        long customers = id(TestCatalogs.CUSTOMERS);
        long email = id(TestCatalogs.CUSTOMERS_EMAIL);
        List<ProposedChange> changes = approved(
                new ClassificationAdded(customers, "Confidential", true, Map.of(), null, null, "contracts"),
                new ClassificationRemoved(email, "PII.Email", "hashed upstream now"));

        push(changes.get(0).changeSetId(), new ScriptedTarget());

        assertThat(details(TestCatalogs.CUSTOMERS).classifications())
                .contains(new ClassificationAssignment("Confidential", null, true, "push"));
        assertThat(details(TestCatalogs.STG_CUSTOMERS).classifications())
                .extracting(ClassificationAssignment::classification, ClassificationAssignment::originQualifiedName)
                .contains(org.assertj.core.groups.Tuple.tuple("Confidential", TestCatalogs.CUSTOMERS));
        assertThat(details(TestCatalogs.DASHBOARD).classifications())
                .extracting(ClassificationAssignment::classification).contains("Confidential");
        assertThat(workspace.catalog().details(email).orElseThrow().classifications())
                .noneMatch(label -> label.direct() && label.classification().equals("PII.Email"));
        assertThat(workspace.propagation().pendingEffect().added()).isEmpty();
        assertThat(workspace.search().search(SearchQuery.text("Confidential")).hits())
                .extracting(hit -> hit.entity().qualifiedName())
                .contains(TestCatalogs.CUSTOMERS, TestCatalogs.STG_CUSTOMERS, TestCatalogs.DASHBOARD);
    }

    @Test
    void aPushedLabelKeepsItsValidityAndAttributesAndAnEndedOnePropagatesNothing() {
        long customers = id(TestCatalogs.CUSTOMERS);
        long orders = id(TestCatalogs.ORDERS);
        java.time.LocalDate lastYear = java.time.LocalDate.now().minusYears(1);
        List<ProposedChange> changes = approved(
                new ClassificationAdded(customers, "Confidential", true, Map.of("basis", "contract"),
                        lastYear.minusMonths(6), lastYear, "the contract ended"),
                new ClassificationAdded(orders, "Confidential", true, Map.of(), null,
                        java.time.LocalDate.now().plusYears(1), "until the audit"));

        push(changes.get(0).changeSetId(), new ScriptedTarget());

        assertThat(details(TestCatalogs.CUSTOMERS).classifications()).contains(new ClassificationAssignment(
                "Confidential", null, true, "push", lastYear.minusMonths(6), lastYear, Map.of("basis", "contract")));
        assertThat(details(TestCatalogs.STG_CUSTOMERS).classifications())
                .as("nothing propagates from a label whose validity ended")
                .noneMatch(label -> TestCatalogs.CUSTOMERS.equals(label.originQualifiedName()));
        assertThat(workspace.classifications().directLabels())
                .filteredOn(label -> label.entityId() == orders && label.classification().equals("Confidential"))
                .singleElement().satisfies(label -> assertThat(label.propagate()).isTrue());
    }

    @Test
    void pushedLineageEditsAndProcessesAreTheStoredLineage() {
        long orders = id(TestCatalogs.ORDERS);
        long staging = id(TestCatalogs.STG_CUSTOMERS);
        long dashboard = id(TestCatalogs.DASHBOARD);
        long load = id(TestCatalogs.LOAD);
        List<ProposedChange> changes = approved(
                new LineageEdgeRemoved(staging, dashboard),
                new ProcessAdded("airflow.orders_to_dashboard@airflow", "orders_to_dashboard", List.of(orders),
                        List.of(dashboard)),
                new LineageEdgeAdded(orders, staging, null),
                new ProcessRemoved(load));

        push(changes.get(0).changeSetId(), new ScriptedTarget());

        String process = "airflow.orders_to_dashboard@airflow";
        assertThat(workspace.catalog().entity(id(process)).orElseThrow().type()).isEqualTo(EntityType.PROCESS);
        assertThat(workspace.review().changes(changes.get(0).changeSetId())).hasSize(4)
                .allSatisfy(change -> assertThat(change.state()).isEqualTo(ChangeState.APPLIED));
        assertThat(workspace.lineageSnapshot().edges())
                .filteredOn(edge -> edge.level() == LineageLevel.DATASET)
                .extracting(edge -> edge.fromQualifiedName() + " -> " + edge.toQualifiedName())
                .containsExactlyInAnyOrder(
                        TestCatalogs.ORDERS + " -> " + process,
                        process + " -> " + TestCatalogs.DASHBOARD,
                        TestCatalogs.ORDERS + " -> " + TestCatalogs.STG_CUSTOMERS);
        assertThat(workspace.changes().pending()).isEmpty();
    }

    @Test
    void aPartlyFailedPushAppliesOnlyWhatThePlatformAccepted() {
        long customers = id(TestCatalogs.CUSTOMERS);
        long orders = id(TestCatalogs.ORDERS);
        List<ProposedChange> changes = approved(
                new DescriptionChange(customers, "One row per registered customer of the web shop.", "accepted"),
                new DescriptionChange(orders, "Orders placed in the web shop.", "refused"));
        long set = changes.get(0).changeSetId();
        ScriptedTarget target = new ScriptedTarget()
                .answer(changes.get(1).id(), new PushOutcome.Failed("400 Bad Request"));

        PushResult result = push(set, target);

        assertThat(result.status()).contains(ChangeSetStatus.PARTLY_FAILED);
        assertThat(details(TestCatalogs.CUSTOMERS).entity().description()).isEqualTo("accepted");
        assertThat(details(TestCatalogs.ORDERS).entity().description()).isEqualTo("Orders placed in the web shop.");
        assertThat(workspace.changes().pending()).extracting(ProposedChange::id).containsExactly(changes.get(1).id());

        PushResult retried = push(set, new ScriptedTarget());

        assertThat(retried.status()).contains(ChangeSetStatus.PUSHED);
        assertThat(details(TestCatalogs.ORDERS).entity().description()).isEqualTo("refused");
        assertThat(workspace.changes().pendingCount()).isZero();
        assertThat(applications()).hasSize(2);
    }

    @Test
    void aChangeRecoveredAfterACrashIsAppliedLocallyExactlyOnce() {
        long customers = id(TestCatalogs.CUSTOMERS);
        long email = id(TestCatalogs.CUSTOMERS_EMAIL);
        List<ProposedChange> changes = approved(
                new DescriptionChange(customers, "One row per registered customer of the web shop.", "sent"),
                new ClassificationAdded(email, "PII.Contact"));
        long set = changes.get(0).changeSetId();
        List<Long> ids = changes.stream().map(ProposedChange::id).toList();
        // The crash: both were written in flight and sent, and the process died before it recorded the answers.
        workspace.pushes().queue(set, "scripted", "ben");
        workspace.pushes().markInFlight(ids, "scripted", "ben");
        assertThat(workspace.changes().pendingCount()).isEqualTo(2);

        ScriptedTarget restarted = new ScriptedTarget();
        ids.forEach(changeId -> restarted.answer(changeId, new PushOutcome.AlreadyApplied("remote holds it")));
        push(set, restarted);
        List<PushItem> again = changes.stream()
                .map(change -> new PushItem(change.id(), change.change(), Map.of())).toList();
        workspace.pushes().record(again, Map.of(ids.get(0), new PushOutcome.AlreadyApplied("again"),
                ids.get(1), new PushOutcome.AlreadyApplied("again")), "scripted", "ben");

        assertThat(details(TestCatalogs.CUSTOMERS).entity().description()).isEqualTo("sent");
        assertThat(workspace.catalog().details(email).orElseThrow().classifications())
                .filteredOn(label -> label.direct() && label.classification().equals("PII.Contact")).hasSize(1);
        assertThat(applications()).hasSize(2);
        assertThat(workspace.changes().pendingCount()).isZero();
    }

    @Test
    void pullingTheSameRemoteStateAgainChangesNothing() {
        long customers = id(TestCatalogs.CUSTOMERS);
        List<ProposedChange> changes = approved(
                new DescriptionChange(customers, "One row per registered customer of the web shop.", "from Atlas"));
        push(changes.get(0).changeSetId(), new ScriptedTarget());

        var batch = TestCatalogs.small();
        var entities = batch.entities().stream().map(record -> record.qualifiedName().equals(TestCatalogs.CUSTOMERS)
                ? new org.steward.model.ingest.EntityRecord(record.type(), record.subtype(), record.qualifiedName(),
                record.name(), record.source(), record.database(), record.schema(), record.parentQualifiedName(),
                "from Atlas", record.owner(), record.dataType(), record.position(), record.sampleValues(),
                record.attributes(), record.glossaryTerms())
                : record).toList();
        var result = workspace.ingest(new org.steward.model.ingest.CatalogBatch(batch.origin(), batch.owners(),
                batch.glossaryTerms(), batch.classificationDefinitions(), entities, batch.classifications(),
                batch.lineage()), "test", ProgressMonitor.NONE);

        assertThat(result.updated()).isZero();
        assertThat(result.inserted()).isZero();
    }

    @Test
    void aDroppedConflictIsNoLongerPendingAndTheCatalogKeepsThePlatformsValue() {
        long orders = id(TestCatalogs.ORDERS);
        List<ProposedChange> changes = approved(new DescriptionChange(orders, "Orders placed in the web shop.", "mine"));
        long set = changes.get(0).changeSetId();
        push(set, new ScriptedTarget().answer(changes.get(0).id(), new PushOutcome.Conflicted(
                new Conflict("Orders placed in the web shop.", "mine", "theirs"), "changed on the platform")));
        assertThat(workspace.changes().pendingCount()).isEqualTo(1);

        workspace.conflicts().drop(changes.get(0).id(), "ben");

        assertThat(workspace.changes().pendingCount()).isZero();
        assertThat(workspace.review().changes(set)).extracting(ProposedChange::state)
                .containsExactly(ChangeState.DROPPED);
        assertThat(details(TestCatalogs.ORDERS).entity().description()).isEqualTo("Orders placed in the web shop.");
        assertThat(applications()).isEmpty();
    }

    @Test
    void changesAcceptedBeforeLocalApplyExistedAreAppliedOnceWhenAsked() throws Exception {
        long orders = id(TestCatalogs.ORDERS);
        List<ProposedChange> changes = approved(new DescriptionChange(orders, "Orders placed in the web shop.",
                "Orders, one row per checkout."));
        try (var connection = java.sql.DriverManager.getConnection(workspace.jdbcUrl(),
                org.steward.model.workspace.Database.USER, org.steward.model.workspace.Database.PASSWORD);
             var insert = connection.prepareStatement("INSERT INTO push_state (change_id, change_set_id, endpoint,"
                     + " state, updated_at) VALUES (?, ?, 'atlas', 'APPLIED', CURRENT_TIMESTAMP)")) {
            insert.setLong(1, changes.get(0).id());
            insert.setLong(2, changes.get(0).changeSetId());
            insert.executeUpdate();
        }

        assertThat(workspace.pushes().applyAccepted("admin")).isEqualTo(1);
        assertThat(workspace.pushes().applyAccepted("admin")).isZero();

        assertThat(details(TestCatalogs.ORDERS).entity().description()).isEqualTo("Orders, one row per checkout.");
        assertThat(workspace.changes().pendingCount()).isZero();
        assertThat(applications()).hasSize(1);
    }
}
