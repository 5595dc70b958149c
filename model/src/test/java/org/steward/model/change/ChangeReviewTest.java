package org.steward.model.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.model.audit.AuditEvent;
import org.steward.model.audit.AuditQuery;
import org.steward.model.identity.NotPermittedException;
import org.steward.model.identity.Role;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.model.workspace.WorkspaceException;

class ChangeReviewTest {
    private static final String ADMIN = "ada.admin";
    private static final String STEWARD = "sam.steward";
    private static final String REVIEWER = "rhea.reviewer";
    private static final String COMPLIANCE = "carl.compliance";
    private static final String VIEWER = "vic.viewer";

    private Workspace workspace;
    private ChangeReview review;
    private long customers;

    @BeforeEach
    void setUp() {
        workspace = Workspace.inMemory("review");
        workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        workspace.users().enrollFirst(ADMIN);
        workspace.users().save(ADMIN, STEWARD, Set.of(Role.STEWARD));
        workspace.users().save(ADMIN, REVIEWER, Set.of(Role.REVIEWER));
        workspace.users().save(ADMIN, COMPLIANCE, Set.of(Role.COMPLIANCE_OFFICER, Role.STEWARD));
        workspace.users().save(ADMIN, VIEWER, Set.of(Role.VIEWER));
        review = workspace.review();
        customers = workspace.catalog().entityByQualifiedName(TestCatalogs.CUSTOMERS).orElseThrow().id();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private long proposeAs(String author) {
        return workspace.changes().propose(new DescriptionChange(customers, "old words here", "new words here"),
                author).changeSetId();
    }

    @Test
    void aSubmittedSetIsApprovedByAnotherReviewerAndAwaitsPush() {
        long set = proposeAs(STEWARD);
        review.submit(set, STEWARD);
        review.approve(set, REVIEWER, "looks right");

        ChangeSetSummary summary = review.changeSet(set).orElseThrow();
        assertThat(summary.status()).isEqualTo(ChangeSetStatus.APPROVED);
        assertThat(summary.reviewedBy()).isEqualTo(REVIEWER);
        assertThat(review.awaitingPush()).singleElement().satisfies(approved -> {
            assertThat(approved.summary().id()).isEqualTo(set);
            assertThat(approved.changes()).singleElement()
                    .satisfies(change -> assertThat(change.change()).isInstanceOf(DescriptionChange.class));
        });
        assertThat(review.thread(set)).extracting(ReviewNote::kind)
                .containsExactly(ReviewNote.Kind.SUBMITTED, ReviewNote.Kind.APPROVED);

        review.markPartlyFailed(set, STEWARD, "1 of 1 failed: 500");
        review.markPushed(set, STEWARD, "retried");
        assertThat(review.changeSet(set).orElseThrow().status()).isEqualTo(ChangeSetStatus.PUSHED);
        assertThat(review.awaitingPush()).isEmpty();
    }

    @Test
    void theAuthorCannotApproveTheirOwnSetEvenWithTheReviewerRole() {
        long set = proposeAs(COMPLIANCE);
        review.submit(set, COMPLIANCE);

        assertThat(review.whyNot(set, COMPLIANCE, ReviewAction.APPROVE)).get().asString().contains("Four-eyes");
        assertThatThrownBy(() -> review.approve(set, COMPLIANCE, "")).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("Four-eyes");
        assertThat(review.changeSet(set).orElseThrow().status()).isEqualTo(ChangeSetStatus.SUBMITTED);
        List<AuditEvent> refused = workspace.audit().query(new AuditQuery(COMPLIANCE, null, "changeset.approved",
                null, null), 10);
        assertThat(refused).singleElement().satisfies(event -> assertThat(event.outcome()).isEqualTo("refused"));
        assertThat(review.whyNot(set, REVIEWER, ReviewAction.APPROVE)).isEmpty();
    }

    @Test
    void rolesGateEachStep() {
        assertThatThrownBy(() -> proposeAs(VIEWER)).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("may not propose changes");
        assertThatThrownBy(() -> proposeAs(REVIEWER)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> proposeAs("stranger")).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("not a user of this workspace");
        assertThat(workspace.changes().pendingCount()).isZero();

        long set = proposeAs(STEWARD);
        assertThatThrownBy(() -> review.submit(set, REVIEWER)).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("its author");
        review.submit(set, STEWARD);
        assertThatThrownBy(() -> review.approve(set, VIEWER, "")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> review.comment(set, VIEWER, "hi")).isInstanceOf(NotPermittedException.class);
        review.comment(set, REVIEWER, "Why the change?");
        assertThat(review.thread(set)).last().satisfies(note -> assertThat(note.body()).isEqualTo("Why the change?"));
    }

    @Test
    void aRejectionNeedsAReasonAndTheAuthorReopensIt() {
        long set = proposeAs(STEWARD);
        review.submit(set, STEWARD);
        assertThatThrownBy(() -> review.reject(set, REVIEWER, " ")).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("reason");

        review.reject(set, REVIEWER, "Cite the source of the new wording.");
        ChangeSetSummary rejected = review.changeSet(set).orElseThrow();
        assertThat(rejected.status()).isEqualTo(ChangeSetStatus.REJECTED);
        assertThat(rejected.statusReason()).isEqualTo("Cite the source of the new wording.");
        assertThatThrownBy(() -> review.approve(set, COMPLIANCE, "")).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("Only a submitted change set");
        assertThatThrownBy(() -> review.reopen(set, REVIEWER)).isInstanceOf(NotPermittedException.class);

        review.reopen(set, STEWARD);
        assertThat(review.changeSet(set).orElseThrow().status()).isEqualTo(ChangeSetStatus.OPEN);
        review.submit(set, STEWARD);
        review.approve(set, COMPLIANCE, "");
        assertThat(review.changeSet(set).orElseThrow().status()).isEqualTo(ChangeSetStatus.APPROVED);
    }

    @Test
    void statusTransitionsAreValidated() {
        long set = proposeAs(STEWARD);
        assertThatThrownBy(() -> review.approve(set, REVIEWER, "")).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("is open");
        assertThatThrownBy(() -> review.markPushed(set, STEWARD, "")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> review.reopen(set, STEWARD)).isInstanceOf(NotPermittedException.class);
        review.submit(set, STEWARD);
        assertThatThrownBy(() -> review.submit(set, STEWARD)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> review.submit(999, STEWARD)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("no change set 999");
    }

    @Test
    void aSubmittedSetIsFrozenAndNewEditsOpenANewSet() {
        EditHistory history = new EditHistory(workspace.changes(), STEWARD, 10);
        ProposedChange first = history.record(new DescriptionChange(customers, "a", "b"));
        review.submit(first.changeSetId(), STEWARD);

        assertThatThrownBy(history::undo).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("submitted");
        long next = proposeAs(STEWARD);
        assertThat(next).isNotEqualTo(first.changeSetId());
        assertThat(review.changeSets(ChangeSetStatus.OPEN, STEWARD)).extracting(ChangeSetSummary::id)
                .containsExactly(next);
    }

    @Test
    void anEmptySetCannotBeSubmitted() {
        EditHistory history = new EditHistory(workspace.changes(), STEWARD, 10);
        ProposedChange change = history.record(new DescriptionChange(customers, "a", "b"));
        history.undo();
        assertThatThrownBy(() -> review.submit(change.changeSetId(), STEWARD))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("no pending changes");
    }

    @Test
    void everyStepIsAuditedWithBeforeAndAfterStatus() {
        long set = proposeAs(STEWARD);
        review.submit(set, STEWARD);
        review.approve(set, REVIEWER, "ok");

        List<AuditEvent> steps = workspace.audit().query(new AuditQuery(null, "change set " + set, "changeset.",
                null, null), 10);
        assertThat(steps).extracting(AuditEvent::action).contains("changeset.submitted", "changeset.approved");
        AuditEvent approved = steps.get(0);
        assertThat(approved.actor()).isEqualTo(REVIEWER);
        assertThat(approved.before()).isEqualTo("submitted");
        assertThat(approved.after()).isEqualTo("approved");
        assertThat(approved.outcome()).isEqualTo("ok");
        assertThat(workspace.audit().verify().intact()).isTrue();
    }
}
