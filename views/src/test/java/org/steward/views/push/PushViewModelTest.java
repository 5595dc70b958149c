package org.steward.views.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.model.change.ChangeSetStatus;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.change.DescriptionChange;
import org.steward.model.change.ProposedChange;
import org.steward.model.identity.Role;
import org.steward.model.push.BreakerState;
import org.steward.model.push.PushState;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.task.SameThreadTaskExecutor;
import org.steward.views.testing.TestWorkspaces;

class PushViewModelTest {
    private final ScriptedTarget target = new ScriptedTarget();
    private Workspace workspace;
    private PushViewModel model;
    private long set;
    private int prompts;

    @BeforeEach
    void setUp() {
        workspace = TestWorkspaces.small();
        workspace.users().enrollFirst("admin");
        workspace.users().save("admin", "ana", Set.of(Role.STEWARD));
        workspace.users().save("admin", "ben", Set.of(Role.REVIEWER));
        long customers = workspace.catalog().entityByQualifiedName(TestCatalogs.CUSTOMERS).orElseThrow().id();
        long orders = workspace.catalog().entityByQualifiedName(TestCatalogs.ORDERS).orElseThrow().id();
        workspace.changes().propose(new ClassificationAdded(orders, "PII"), "ana");
        ProposedChange description = workspace.changes().propose(new DescriptionChange(customers,
                "One row per registered customer of the web shop.", "Mine."), "ana");
        set = description.changeSetId();
        workspace.review().submit(set, "ana");
        workspace.review().approve(set, "ben", "");
        model = new PushViewModel(workspace, "ana", new SameThreadTaskExecutor(),
                new PushServices(new FakePlatformAccess("test-atlas", target), creating -> {
                    prompts++;
                    return Optional.of("master".toCharArray());
                }));
        model.refresh();
    }

    @AfterEach
    void tearDown() {
        model.dispose();
        workspace.close();
    }

    @Test
    void listsApprovedSetsAndTheirChangesBeforeAnyPush() {
        assertThat(model.sets()).extracting(s -> s.id()).containsExactly(set);
        assertThat(model.endpointProperty().get()).isEqualTo("test-atlas");
        assertThat(model.rows()).hasSize(2).allSatisfy(row ->
                assertThat(row.stateProperty().get()).isEqualTo(PushState.QUEUED));
        assertThat(model.whyNotPush()).isEmpty();
    }

    @Test
    void pushShowsEachChangesStateAndTheConflictWithBaseMineAndTheirs() {
        model.push();
        model.push();
        assertThat(prompts).as("the master password is asked once per run").isEqualTo(1);

        assertThat(model.rows()).extracting(row -> row.stateProperty().get())
                .containsExactly(PushState.APPLIED, PushState.CONFLICTED);
        assertThat(model.rows().get(0).attemptsProperty().get()).isEqualTo(1);
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.messageProperty().get()).contains("partly failed").contains("1 conflicted");
        assertThat(model.conflicts()).hasSize(1);
        assertThat(workspace.review().changeSet(set).orElseThrow().status()).isEqualTo(ChangeSetStatus.PARTLY_FAILED);

        model.conflictProperty().set(model.conflicts().get(0));
        assertThat(model.mineProperty().get()).isEqualTo("Mine.");
        model.mineProperty().set("Mine, after reading theirs.");
        model.rebase();

        assertThat(model.conflicts()).isEmpty();
        assertThat(model.messageProperty().get()).contains("Proposed again");
        assertThat(workspace.changes().pending()).extracting(p -> p.change())
                .contains(new DescriptionChange(workspace.catalog().entityByQualifiedName(TestCatalogs.CUSTOMERS)
                        .orElseThrow().id(), "Theirs.", "Mine, after reading theirs."));
        assertThat(workspace.review().changeSet(set).orElseThrow().status()).isEqualTo(ChangeSetStatus.PUSHED);
    }

    @Test
    void whatThePushAppliedIsTheCatalogsStateAndOnlyTheRebasedChangeStaysPending() {
        long orders = workspace.catalog().entityByQualifiedName(TestCatalogs.ORDERS).orElseThrow().id();
        assertThat(workspace.changes().pendingCount()).isEqualTo(2);

        model.push();

        assertThat(workspace.catalog().details(orders).orElseThrow().classifications())
                .anyMatch(label -> label.direct() && label.classification().equals("PII")
                        && !label.source().equals("pending"));
        assertThat(workspace.changes().pendingFor(orders)).isEmpty();
        assertThat(workspace.changes().pendingCount()).as("the conflicted description waits").isEqualTo(1);

        model.conflictProperty().set(model.conflicts().get(0));
        model.rebase();

        assertThat(workspace.changes().pending()).singleElement()
                .satisfies(change -> assertThat(change.changeSetId()).isNotEqualTo(set));
    }

    @Test
    void dropKeepsTheirValueAndFinishesTheSet() {
        model.push();
        model.conflictProperty().set(model.conflicts().get(0));

        model.drop();

        assertThat(model.conflicts()).isEmpty();
        assertThat(model.messageProperty().get()).contains("Atlas keeps its value");
        assertThat(workspace.review().changeSet(set).orElseThrow().status()).isEqualTo(ChangeSetStatus.PUSHED);
    }

    @Test
    void theBreakerStateIsShownWhenTheServerFails() {
        target.failuresBeforeAnswering = 2;
        java.util.List<BreakerState> seen = new java.util.ArrayList<>();
        model.breakerStateProperty().addListener((observable, old, state) -> seen.add(state));

        model.push();

        assertThat(seen).contains(BreakerState.OPEN, BreakerState.CLOSED);
        assertThat(model.breakerProperty().get()).isEqualTo("Atlas: answering");
    }

    @Test
    void aWrongMasterPasswordPushesNothing() {
        PushViewModel locked = new PushViewModel(workspace, "ana", new SameThreadTaskExecutor(),
                new PushServices(new FakePlatformAccess("test-atlas", target), creating -> Optional.of(
                        "guess".toCharArray())));
        locked.refresh();

        locked.push();

        assertThat(locked.messageProperty().get()).isEqualTo("The master password does not open the credential store.");
        assertThat(workspace.pushes().forSet(set)).isEmpty();
        locked.dispose();
    }

    @Test
    void withoutAConnectionPushSaysWhatIsMissing() {
        PushViewModel unconfigured = new PushViewModel(workspace, "ben", new SameThreadTaskExecutor(),
                new PushServices(null, creating -> Optional.empty()));
        unconfigured.refresh();
        assertThat(unconfigured.whyNotPush()).contains("No Atlas connection is set up: add one under Platforms.");
        unconfigured.push();
        assertThat(unconfigured.messageProperty().get()).contains("No Atlas connection");
        unconfigured.dispose();
    }
}
