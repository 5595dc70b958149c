package org.steward.views.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.Entity;
import org.steward.model.change.ChangeKind;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.task.SameThreadTaskExecutor;

class EntityDetailViewModelTest {
    private Workspace workspace;
    private WorkspaceSession session;
    private EntityDetailViewModel model;
    private Entity customers;

    @BeforeEach
    void setUp() {
        workspace = Workspace.inMemory("test");
        workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        session = WorkspaceSession.of(workspace, "tester");
        model = new EntityDetailViewModel(session, new SameThreadTaskExecutor());
        model.loadChoices();
        customers = workspace.catalog().entityByQualifiedName(TestCatalogs.CUSTOMERS).orElseThrow();
        model.show(customers.id());
    }

    @AfterEach
    void tearDown() {
        model.dispose();
        workspace.close();
    }

    @Test
    void showsTheStoredDetailsWithoutPendingMarks() {
        assertThat(description()).isEqualTo(customers.description());
        assertThat(model.isPending(ChangeKind.DESCRIPTION)).isFalse();
        assertThat(model.detailsProperty().get().details().columns()).hasSize(3);
        assertThat(model.owners()).isNotEmpty();
    }

    @Test
    void editingTheDescriptionRecordsAPendingChangeAndOverlaysIt() {
        model.saveDescription("Registered shop customers.");

        assertThat(description()).isEqualTo("Registered shop customers.");
        assertThat(model.isPending(ChangeKind.DESCRIPTION)).isTrue();
        assertThat(workspace.changes().pendingFor(customers.id())).hasSize(1);
        assertThat(workspace.catalog().entity(customers.id()).orElseThrow().description())
                .isEqualTo(customers.description());
    }

    @Test
    void undoWithdrawsTheEditAndRedoBringsItBack() {
        model.saveDescription("Registered shop customers.");

        session.edits().undo();
        assertThat(description()).isEqualTo(customers.description());
        assertThat(model.isPending(ChangeKind.DESCRIPTION)).isFalse();

        session.edits().redo();
        assertThat(description()).isEqualTo("Registered shop customers.");
        assertThat(model.isPending(ChangeKind.DESCRIPTION)).isTrue();
    }

    @Test
    void ownerAndGlossaryEditsArePending() {
        model.changeOwner("ben");
        model.addGlossaryTerm("EmailAddress@glossary");

        assertThat(model.detailsProperty().get().details().entity().owner()).isEqualTo("ben");
        assertThat(model.isPending(ChangeKind.OWNER)).isTrue();
        assertThat(model.detailsProperty().get().details().glossaryTerms())
                .extracting(term -> term.qualifiedName()).contains("Customer@glossary", "EmailAddress@glossary");

        model.removeGlossaryTerm("Customer@glossary");
        assertThat(model.detailsProperty().get().details().glossaryTerms())
                .extracting(term -> term.qualifiedName()).containsExactly("EmailAddress@glossary");
    }

    @Test
    void savingAnUnchangedDescriptionRecordsNothing() {
        model.saveDescription(customers.description());

        assertThat(workspace.changes().pendingCount()).isZero();
    }

    private String description() {
        return model.detailsProperty().get().details().entity().description();
    }
}
