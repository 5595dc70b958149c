package org.steward.model.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.audit.AuditEvent;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;

class ChangeRecordingTest {

    @TempDir
    Path temp;

    @Test
    void anEditIsProposedNotApplied() {
        try (Workspace workspace = demo()) {
            long id = idOf(workspace, TestCatalogs.CUSTOMERS);
            EditHistory history = new EditHistory(workspace.changes(), "steward.one", 100);

            history.record(new DescriptionChange(id, "One row per registered customer of the web shop.",
                    "Registered customers, one row each; soft-deleted rows included."));

            assertThat(workspace.catalog().entity(id).orElseThrow().description())
                    .isEqualTo("One row per registered customer of the web shop.");
            OverlaidDetails overlaid = overlay(workspace, id);
            assertThat(overlaid.details().entity().description())
                    .isEqualTo("Registered customers, one row each; soft-deleted rows included.");
            assertThat(overlaid.isPending(ChangeKind.DESCRIPTION)).isTrue();
            assertThat(overlaid.isPending(ChangeKind.OWNER)).isFalse();
        }
    }

    @Test
    void undoWithdrawsAndRedoReinstates() {
        try (Workspace workspace = demo()) {
            long id = idOf(workspace, TestCatalogs.CUSTOMERS);
            EditHistory history = new EditHistory(workspace.changes(), "steward.one", 100);
            history.record(new OwnerChange(id, "ana", "ben"));

            assertThat(history.undo()).isPresent();
            assertThat(overlay(workspace, id).details().entity().owner()).isEqualTo("ana");
            assertThat(workspace.changes().pendingCount()).isZero();
            assertThat(history.canUndo()).isFalse();
            assertThat(history.canRedo()).isTrue();

            assertThat(history.redo()).isPresent();
            OverlaidDetails overlaid = overlay(workspace, id);
            assertThat(overlaid.details().entity().owner()).isEqualTo("ben");
            assertThat(overlaid.details().owner().displayName()).isEqualTo("Ben Okafor");
            assertThat(workspace.changes().pendingCount()).isEqualTo(1);
        }
    }

    @Test
    void aNewEditClearsRedo() {
        try (Workspace workspace = demo()) {
            long id = idOf(workspace, TestCatalogs.ORDERS);
            EditHistory history = new EditHistory(workspace.changes(), "steward.one", 100);
            history.record(new DescriptionChange(id, "", "first"));
            history.undo();
            history.record(new DescriptionChange(id, "", "second"));

            assertThat(history.canRedo()).isFalse();
            assertThat(overlay(workspace, id).details().entity().description()).isEqualTo("second");
        }
    }

    @Test
    void laterEditsOfTheSameFieldWinInTheOverlay() {
        try (Workspace workspace = demo()) {
            long id = idOf(workspace, TestCatalogs.ORDERS);
            EditHistory history = new EditHistory(workspace.changes(), "steward.one", 100);
            history.record(new DescriptionChange(id, "a", "b"));
            history.record(new DescriptionChange(id, "b", "c"));
            history.undo();

            assertThat(overlay(workspace, id).details().entity().description()).isEqualTo("b");
        }
    }

    @Test
    void glossaryTermEditsOverlayTermNames() {
        try (Workspace workspace = demo()) {
            long id = idOf(workspace, TestCatalogs.CUSTOMERS);
            new EditHistory(workspace.changes(), "steward.one", 100).record(new GlossaryTermsChange(id,
                    List.of("Customer@glossary"), List.of("Customer@glossary", "EmailAddress@glossary")));

            assertThat(overlay(workspace, id).details().glossaryTerms()).extracting(term -> term.name())
                    .containsExactly("Customer", "Email address");
        }
    }

    @Test
    void columnEditsAreOverlaidOnTheDatasetsColumns() {
        try (Workspace workspace = demo()) {
            long dataset = idOf(workspace, TestCatalogs.CUSTOMERS);
            long email = idOf(workspace, TestCatalogs.CUSTOMERS_EMAIL);
            new EditHistory(workspace.changes(), "steward.one", 100)
                    .record(new DescriptionChange(email, "Login e-mail address.", "Primary contact e-mail."));

            OverlaidDetails overlaid = overlay(workspace, dataset);
            assertThat(overlaid.pendingColumns()).containsKey(email);
            assertThat(overlaid.details().columns()).filteredOn(c -> c.column().id() == email)
                    .singleElement().satisfies(c -> assertThat(c.column().description())
                            .isEqualTo("Primary contact e-mail."));
        }
    }

    @Test
    void everyStepIsAudited() {
        try (Workspace workspace = demo()) {
            long id = idOf(workspace, TestCatalogs.ORDERS);
            EditHistory history = new EditHistory(workspace.changes(), "steward.one", 100);
            history.record(new DescriptionChange(id, "", "x"));
            history.undo();
            history.redo();

            List<AuditEvent> events = workspace.audit().latest(3);
            assertThat(events).extracting(AuditEvent::action)
                    .containsExactly("change.reinstated", "change.withdrawn", "change.proposed");
            assertThat(events).allSatisfy(event -> {
                assertThat(event.actor()).isEqualTo("steward.one");
                assertThat(event.subject()).isEqualTo(TestCatalogs.ORDERS);
            });
            assertThat(workspace.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void pendingChangesSurviveARestart() {
        Path dir = temp.resolve("ws");
        long id;
        try (Workspace workspace = Workspace.create(dir, "Test")) {
            workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
            id = idOf(workspace, TestCatalogs.CUSTOMERS);
            new EditHistory(workspace.changes(), "steward.one", 100).record(new DescriptionChange(id, "", "kept"));
        }
        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.changes().pending()).singleElement()
                    .satisfies(change -> assertThat(change.change()).isEqualTo(new DescriptionChange(id, "", "kept")));
            assertThat(overlay(workspace, id).details().entity().description()).isEqualTo("kept");
        }
    }

    @Test
    void historyIsBounded() {
        try (Workspace workspace = demo()) {
            long id = idOf(workspace, TestCatalogs.ORDERS);
            EditHistory history = new EditHistory(workspace.changes(), "steward.one", 2);
            for (int i = 0; i < 5; i++) {
                history.record(new DescriptionChange(id, "", "v" + i));
            }
            assertThat(history.undo()).isPresent();
            assertThat(history.undo()).isPresent();
            assertThat(history.undo()).isEmpty();
            assertThat(workspace.changes().pendingCount()).isEqualTo(3);
        }
    }

    private static Workspace demo() {
        Workspace workspace = Workspace.inMemory("Test");
        workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        return workspace;
    }

    private static long idOf(Workspace workspace, String qualifiedName) {
        return workspace.catalog().entityByQualifiedName(qualifiedName).orElseThrow().id();
    }

    private static OverlaidDetails overlay(Workspace workspace, long id) {
        EntityDetails details = workspace.catalog().details(id).orElseThrow();
        List<Long> ids = new java.util.ArrayList<>(details.columns().stream().map(c -> c.column().id()).toList());
        ids.add(id);
        return workspace.overlay().apply(details, workspace.changes().pendingFor(ids));
    }
}
