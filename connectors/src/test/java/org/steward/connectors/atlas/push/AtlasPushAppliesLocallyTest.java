package org.steward.connectors.atlas.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.steward.model.audit.AuditQuery;
import org.steward.model.catalog.ClassificationAssignment;
import org.steward.model.change.ChangeSetStatus;
import org.steward.model.change.ChangeState;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.change.DescriptionChange;
import org.steward.model.change.ProposedChange;
import org.steward.model.push.PushResult;
import org.steward.model.search.SearchQuery;
import org.steward.model.testing.TestCatalogs;

/** After a push to (a WireMock) Atlas, what Atlas accepted is the workspace's catalog state, not a pending edit. */
class AtlasPushAppliesLocallyTest {

    @Test
    void whatAtlasAcceptedIsTheCatalogsStateAndWhatItRefusedStaysPending() {
        try (PushFixture f = new PushFixture()) {
            f.onAtlas(TestCatalogs.CUSTOMERS);
            long customers = f.id(TestCatalogs.CUSTOMERS);
            long staging = f.id(TestCatalogs.STG_CUSTOMERS);
            long set = f.approved(
                    new DescriptionChange(customers, "One row per registered customer of the web shop.",
                            "Registered shoppers with a verified mailbox."),
                    new ClassificationAdded(customers, "Confidential"),
                    new DescriptionChange(staging, "Customers, cleaned; e-mail addresses hashed.",
                            "never reaches Atlas: the table is not there"));
            assertThat(f.workspace.changes().pendingCount()).isEqualTo(3);

            PushResult result = f.push(set);

            assertThat(result.status()).contains(ChangeSetStatus.PARTLY_FAILED);
            var details = f.workspace.catalog().details(customers).orElseThrow();
            assertThat(details.entity().description()).isEqualTo("Registered shoppers with a verified mailbox.");
            assertThat(details.classifications()).filteredOn(ClassificationAssignment::direct)
                    .extracting(ClassificationAssignment::classification).contains("Confidential");
            assertThat(f.workspace.catalog().details(f.id(TestCatalogs.DASHBOARD)).orElseThrow().classifications())
                    .extracting(ClassificationAssignment::classification, ClassificationAssignment::originQualifiedName)
                    .contains(org.assertj.core.groups.Tuple.tuple("Confidential", TestCatalogs.CUSTOMERS));
            assertThat(f.workspace.catalog().details(staging).orElseThrow().entity().description())
                    .isEqualTo("Customers, cleaned; e-mail addresses hashed.");
            assertThat(f.workspace.changes().pending()).extracting(change -> change.change().entityId())
                    .containsExactly(staging);
            assertThat(f.workspace.stats().pendingChanges()).isEqualTo(1);
            assertThat(f.workspace.review().changes(set)).extracting(ProposedChange::state)
                    .containsExactly(ChangeState.APPLIED, ChangeState.APPLIED, ChangeState.PENDING);
            assertThat(f.workspace.search().search(SearchQuery.text("mailbox")).hits())
                    .extracting(hit -> hit.entity().qualifiedName()).containsExactly(TestCatalogs.CUSTOMERS);
            assertThat(f.workspace.audit().query(new AuditQuery("ben", TestCatalogs.CUSTOMERS, "change.applied",
                    null, null), 10)).hasSize(2);
        }
    }

    @Test
    void aRepushAfterACrashAppliesLocallyOnlyOnce() {
        try (PushFixture f = new PushFixture()) {
            f.onAtlas(TestCatalogs.ORDERS);
            long orders = f.id(TestCatalogs.ORDERS);
            long set = f.approved(new DescriptionChange(orders, "Orders placed in the web shop.", "Orders, by day."));
            f.push(set);
            f.sql("UPDATE push_state SET state = 'IN_FLIGHT'");
            f.sql("UPDATE change_set SET status = 'APPROVED' WHERE id = " + set);

            PushResult again = f.push(set);

            assertThat(again.status()).contains(ChangeSetStatus.PUSHED);
            assertThat(f.workspace.audit().query(new AuditQuery(null, null, "change.applied", null, null), 10))
                    .hasSize(1);
            assertThat(f.workspace.audit().query(new AuditQuery(null, null, "push.already-applied", null, null), 10))
                    .hasSize(1);
            assertThat(f.workspace.catalog().details(orders).orElseThrow().entity().description())
                    .isEqualTo("Orders, by day.");
            assertThat(f.workspace.changes().pendingCount()).isZero();
            assertThat(f.workspace.audit().verify().intact()).isTrue();
            assertThat(f.mutations()).as("the re-push sent nothing").hasSize(1);
        }
    }
}
