package org.steward.views.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.policy.RetentionVerdict;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.task.SameThreadTaskExecutor;
import org.steward.views.testing.TestWorkspaces;

class RetentionViewModelTest {
    private final Workspace workspace = TestWorkspaces.small();
    private final RetentionViewModel model = new RetentionViewModel(WorkspaceSession.of(workspace, "tester"),
            new SameThreadTaskExecutor());

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private EntityDetails details(String qualifiedName) {
        long id = workspace.catalog().entityByQualifiedName(qualifiedName).orElseThrow().id();
        return workspace.catalog().details(id).orElseThrow();
    }

    @Test
    void aDatasetWithPersonalDataGetsItsClassificationsMaximumAsDeadline() {
        model.show(details(TestCatalogs.CUSTOMERS));

        RetentionVerdict verdict = model.verdictProperty().get();
        assertThat(verdict.holdsPersonalData()).isTrue();
        assertThat(verdict.declared()).isEmpty();
        assertThat(verdict.effective()).contains(Period.ofYears(6));
        assertThat(verdict.effectiveFrom()).contains("PII.Email");
    }

    @Test
    void declaringAPeriodAndLinkingADpiaArePendingAttributeChanges() {
        model.show(details(TestCatalogs.CUSTOMERS));

        model.declareRetention("400");
        model.linkDpia("DPIA-2025-07");

        assertThat(workspace.changes().pending()).extracting(proposed -> proposed.change().summary())
                .containsExactly("attribute retention: (none) → \"P400D\"",
                        "attribute dpia: (none) → \"DPIA-2025-07\"");
        long id = details(TestCatalogs.CUSTOMERS).entity().id();
        EntityDetails overlaid = workspace.overlay().apply(details(TestCatalogs.CUSTOMERS),
                workspace.changes().pendingFor(java.util.List.of(id))).details();
        model.show(overlaid);
        assertThat(model.verdictProperty().get().declared()).contains(Period.ofDays(400));
        assertThat(model.dpiaProperty().get()).isEqualTo("DPIA-2025-07");
    }

    @Test
    void somethingThatIsNotAPeriodIsRefusedAndNothingIsRecorded() {
        model.show(details(TestCatalogs.CUSTOMERS));

        model.declareRetention("forever");

        assertThat(model.problemProperty().get()).contains("'forever' is not a period");
        assertThat(workspace.changes().pendingCount()).isZero();
    }

    @Test
    void aColumnOrNothingClearsTheSection() {
        model.show(details(TestCatalogs.CUSTOMERS));
        model.show(details(TestCatalogs.CUSTOMERS_EMAIL));
        assertThat(model.verdictProperty().get()).isNull();

        model.show(details(TestCatalogs.ORDERS));
        assertThat(model.verdictProperty().get().holdsPersonalData()).isFalse();
        model.show(null);
        assertThat(model.verdictProperty().get()).isNull();
    }
}
