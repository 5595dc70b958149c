package org.steward.views.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.model.change.ChangeSetStatus;
import org.steward.model.change.ChangeSetSummary;
import org.steward.model.change.OwnerChange;
import org.steward.model.change.ReviewAction;
import org.steward.model.change.ReviewNote;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;
import org.steward.views.task.SameThreadTaskExecutor;
import org.steward.views.testing.ReviewFixture;

class ChangesViewModelTest {
    private Workspace workspace;
    private long set;

    @BeforeEach
    void setUp() {
        workspace = ReviewFixture.workspace();
        set = ReviewFixture.proposeDescription(workspace, "One row per registered customer.",
                "One row per active customer.");
        workspace.changes().propose(new OwnerChange(ReviewFixture.customers(workspace), "", "ana"),
                ReviewFixture.STEWARD);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private ChangesViewModel as(String user, ChangeSetAction... extras) {
        ChangesViewModel model = new ChangesViewModel(workspace, user, new SameThreadTaskExecutor(), List.of(extras));
        model.refresh();
        model.selectedProperty().set(model.changeSets().get(0));
        return model;
    }

    @Test
    void theSelectedSetShowsItsChangesByEntityWithAWordDiff() {
        ChangesViewModel model = as(ReviewFixture.STEWARD);

        assertThat(model.entityChanges()).singleElement().satisfies(entity -> {
            assertThat(entity.entity()).isEqualTo("shop.public.customers@pg");
            assertThat(entity.changes()).extracting(ChangeDiff::kind).containsExactly("description", "owner");
            assertThat(entity.changes().get(0).words()).contains(new DiffSegment(DiffSegment.Kind.ADDED, "active"));
        });
        assertThat(model.whyNotProperty(ReviewAction.SUBMIT).get()).isEmpty();
        assertThat(model.whyNotProperty(ReviewAction.APPROVE).get()).contains("Only a submitted change set");
    }

    @Test
    void theAuthorSubmitsButCannotApproveAndAReviewerCan() {
        ChangesViewModel steward = as(ReviewFixture.STEWARD);
        steward.submit();
        assertThat(steward.selectedProperty().get().status()).isEqualTo(ChangeSetStatus.SUBMITTED);
        assertThat(steward.messageProperty().get()).contains("Submitted change set " + set);
        assertThat(steward.whyNotProperty(ReviewAction.APPROVE).get()).contains("may not approve");

        steward.approve("");
        assertThat(workspace.review().changeSet(set).orElseThrow().status()).isEqualTo(ChangeSetStatus.SUBMITTED);
        assertThat(steward.messageProperty().get()).contains("may not approve");

        ChangesViewModel reviewer = as(ReviewFixture.REVIEWER);
        assertThat(reviewer.whyNotProperty(ReviewAction.APPROVE).get()).isEmpty();
        assertThat(reviewer.whyNotProperty(ReviewAction.SUBMIT).get()).contains("Only an open change set");
        reviewer.comment("Source?");
        reviewer.approve("fine");
        assertThat(reviewer.selectedProperty().get().status()).isEqualTo(ChangeSetStatus.APPROVED);
        assertThat(reviewer.thread()).extracting(ReviewNote::kind).containsExactly(ReviewNote.Kind.SUBMITTED,
                ReviewNote.Kind.COMMENT, ReviewNote.Kind.APPROVED);
    }

    @Test
    void aViewerSeesWhyEveryStepIsClosed() {
        ChangesViewModel viewer = as(ReviewFixture.VIEWER);
        assertThat(viewer.whyNotProperty(ReviewAction.COMMENT).get()).contains("may not comment");
        assertThat(viewer.whyNotProperty(ReviewAction.SUBMIT).get()).isNotEmpty();
    }

    @Test
    void filtersByStatusAndAuthor() {
        ChangesViewModel model = as(ReviewFixture.STEWARD);
        model.statusFilterProperty().set(ChangeSetStatus.APPROVED);
        assertThat(model.changeSets()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.whyNotProperty(ReviewAction.SUBMIT).get()).isEqualTo(ChangesViewModel.SELECT_FIRST);
        model.statusFilterProperty().set(ChangeSetStatus.OPEN);
        model.authorFilterProperty().set(ReviewFixture.REVIEWER);
        assertThat(model.changeSets()).isEmpty();
        model.authorFilterProperty().set(ReviewFixture.STEWARD);
        assertThat(model.changeSets()).extracting(ChangeSetSummary::id).containsExactly(set);
    }

    @Test
    void addedActionsShowWhyTheyAreClosedAndRunOffTheFxThread() {
        ChangeSetAction push = new ChangeSetAction() {
            @Override
            public String text() {
                return "Push";
            }

            @Override
            public Optional<String> whyNot(ChangeSetSummary summary, String user) {
                return summary.status() == ChangeSetStatus.APPROVED ? Optional.empty()
                        : Optional.of("Only approved change sets are pushed.");
            }

            @Override
            public String run(ChangeSetSummary summary, String user, ProgressMonitor monitor) {
                workspace.review().markPushed(summary.id(), user, "2 changes pushed");
                return "Pushed change set " + summary.id();
            }
        };
        ChangesViewModel steward = as(ReviewFixture.STEWARD, push);
        assertThat(steward.extraActions()).singleElement()
                .satisfies(extra -> assertThat(extra.whyNot()).contains("Only approved"));
        steward.submit();
        as(ReviewFixture.REVIEWER).approve("");
        steward.refresh();
        assertThat(steward.extraActions().get(0).whyNot()).isEmpty();

        steward.run(steward.extraActions().get(0));
        assertThat(steward.messageProperty().get()).isEqualTo("Pushed change set " + set);
        assertThat(steward.selectedProperty().get().status()).isEqualTo(ChangeSetStatus.PUSHED);
    }
}
