package org.steward.views.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.Entity;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.change.ProposedChange;
import org.steward.model.ingest.ClassificationDefinitionRecord;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.task.SameThreadTaskExecutor;

class ClassificationEditorViewModelTest {
    private Workspace workspace;
    private WorkspaceSession session;
    private ClassificationEditorViewModel model;

    @BeforeEach
    void setUp() {
        workspace = Workspace.inMemory("test");
        workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        workspace.classifications().define(new ClassificationDefinitionRecord("Internal.Restricted", "",
                "Finance only", 2, List.of("team")), "tester");
        session = WorkspaceSession.of(workspace, "tester");
        model = new ClassificationEditorViewModel(session, new SameThreadTaskExecutor());
        model.load();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private Entity entity(String qualifiedName) {
        return workspace.catalog().entityByQualifiedName(qualifiedName).orElseThrow();
    }

    @Test
    void theTaxonomyListsShippedAndUsersOwnClassificationsWithTheirAttributes() {
        assertThat(model.classifications()).contains("PII.Email", "Internal.Restricted");

        model.classificationProperty().set("Internal.Restricted");

        assertThat(model.attributeNames()).containsExactly("team");
    }

    @Test
    void assigningToManyEntitiesIsOneUndoStepWithAttributesValidityAndComment() {
        model.targets().setAll(entity(TestCatalogs.CUSTOMERS), entity(TestCatalogs.ORDERS));
        model.classificationProperty().set("Internal.Restricted");
        model.attributes().put("team", "finance");
        model.validFromProperty().set(LocalDate.of(2026, 1, 1));
        model.propagateProperty().set(false);
        model.commentProperty().set("finance asked");

        model.assign(() -> { });

        List<ProposedChange> pending = workspace.changes().pending();
        assertThat(pending).hasSize(2);
        ClassificationAdded added = (ClassificationAdded) pending.get(0).change();
        assertThat(added.attributes()).containsEntry("team", "finance");
        assertThat(added.validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(added.propagate()).isFalse();
        assertThat(added.comment()).isEqualTo("finance asked");
        session.edits().undo();
        assertThat(workspace.changes().pendingCount()).isZero();
    }

    @Test
    void thePreviewShowsWherePropagationGoesAndRecordsNothing() {
        model.targets().setAll(entity(TestCatalogs.CUSTOMERS));
        model.classificationProperty().set("PII");

        model.previewAssignment();

        assertThat(model.previewProperty().get().summary()).containsExactly("+ PII on 1 dataset, 1 dashboard");
        assertThat(PropagationPreviewPane.lines(model.previewProperty().get()))
                .anyMatch(line -> line.contains(TestCatalogs.STG_CUSTOMERS) && line.contains(TestCatalogs.CUSTOMERS));
        assertThat(workspace.changes().pendingCount()).isZero();
    }

    @Test
    void anUnknownClassificationOrABackwardsPeriodIsRefusedWithAMessage() {
        model.targets().setAll(entity(TestCatalogs.CUSTOMERS));
        model.classificationProperty().set("Made.Up");
        model.assign(() -> { });
        assertThat(model.messageProperty().get()).contains("Made.Up is not in the taxonomy");

        model.classificationProperty().set("PII.Email");
        model.validFromProperty().set(LocalDate.of(2026, 5, 1));
        model.validToProperty().set(LocalDate.of(2026, 1, 1));
        model.assign(() -> { });
        assertThat(model.messageProperty().get()).contains("before it starts");
        assertThat(workspace.changes().pendingCount()).isZero();
    }

    @Test
    void removingALabelFromSeveralColumnsIsOneStep() {
        model.targets().setAll(entity(TestCatalogs.CUSTOMERS_EMAIL));
        model.remove("PII.Email", () -> { });

        assertThat(workspace.changes().pendingCount()).isOne();
        assertThat(session.edits().canUndo()).isTrue();
    }

    @Test
    void aUsersOwnClassificationIsAddedPickedAndOffersItsAttributes() {
        model.define("Internal.Payroll", "", "Payroll data", 3, "team, retention_owner");

        assertThat(model.classifications()).contains("Internal.Payroll");
        assertThat(model.classificationProperty().get()).isEqualTo("Internal.Payroll");
        assertThat(model.attributeNames()).containsExactly("team", "retention_owner");
        assertThat(workspace.classifications().taxonomy().isUserDefined("Internal.Payroll")).isTrue();

        model.define("PII.Email", "", "", 1, "");
        assertThat(model.messageProperty().get()).contains("already a classification");
    }
}
