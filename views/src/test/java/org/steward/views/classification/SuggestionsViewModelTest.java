package org.steward.views.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.classification.suggest.ColumnSuggestion;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.task.SameThreadTaskExecutor;

class SuggestionsViewModelTest {
    private Workspace workspace;
    private WorkspaceSession session;
    private SuggestionsViewModel model;

    @BeforeEach
    void setUp() {
        workspace = Workspace.inMemory("test");
        workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        session = WorkspaceSession.of(workspace, "tester");
        model = new SuggestionsViewModel(session, new SameThreadTaskExecutor());
        model.scan();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private ColumnSuggestion birthDate() {
        return model.shown().stream().filter(s -> s.column().name().equals("birth_date")).findFirst().orElseThrow();
    }

    @Test
    void unlabelledColumnsGetSuggestionsWithEvidenceAndLabelledOnesDoNot() {
        assertThat(birthDate().classification()).isEqualTo("PII.DateOfBirth");
        assertThat(birthDate().suggestion().evidence()).isNotBlank();
        assertThat(model.shown()).noneMatch(s -> s.column().name().equals("email"));
    }

    @Test
    void filtersNarrowByClassificationConfidenceAndDataset() {
        int before = model.shown().size();
        model.datasetProperty().set("no such dataset");
        assertThat(model.shown()).isEmpty();
        model.datasetProperty().set("customers");
        assertThat(model.shown()).isNotEmpty().allMatch(s -> s.column().datasetQualifiedName().contains("customers"));
        model.datasetProperty().set("");
        model.classificationProperty().set("PII.DateOfBirth");
        assertThat(model.shown()).allMatch(s -> s.classification().equals("PII.DateOfBirth"));
        model.classificationProperty().set(SuggestionsViewModel.ANY);
        model.minConfidenceProperty().set(1.0);
        assertThat(model.shown().size()).isLessThanOrEqualTo(before);
        assertThat(model.shown()).allMatch(s -> s.confidence() >= 1.0 - 1e-9);
    }

    @Test
    void acceptingRecordsPendingClassificationsAndTakesThemOffTheQueue() {
        ColumnSuggestion chosen = birthDate();

        model.accept(List.of(chosen));

        assertThat(workspace.changes().pending()).singleElement().satisfies(change -> {
            ClassificationAdded added = (ClassificationAdded) change.change();
            assertThat(added.classification()).isEqualTo("PII.DateOfBirth");
            assertThat(added.comment()).startsWith("accepted suggestion");
        });
        assertThat(model.shown()).doesNotContain(chosen);
        model.scan();
        assertThat(model.shown()).as("a pending one is not suggested again")
                .noneMatch(s -> s.column().id() == chosen.column().id());
    }

    @Test
    void aRejectedSuggestionIsNotSuggestedAgain() {
        ColumnSuggestion chosen = birthDate();

        model.reject(List.of(chosen));
        model.scan();

        assertThat(model.shown()).noneMatch(s -> s.column().id() == chosen.column().id()
                && s.classification().equals(chosen.classification()));
        assertThat(workspace.changes().pendingCount()).isZero();
    }
}
