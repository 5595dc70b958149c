package org.steward.model.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;

/** Ranking as a steward meets it: through a real workspace and its ingestion path. */
class WorkspaceRankingTest {
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.inMemory("Ranking");
        workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<String> names(String text) {
        return workspace.search().search(SearchQuery.text(text)).hits().stream()
                .map(hit -> hit.entity().name() + (hit.parentName().isEmpty() ? "" : "@" + hit.parentName()))
                .toList();
    }

    @Test
    void theTableComesBeforeColumnsThatOnlyShareAWordWithIt() {
        List<String> names = names("customer");

        assertThat(names.indexOf("customers")).isLessThan(names.indexOf("customer_id@customers"));
        assertThat(names.indexOf("customers")).isLessThan(names.indexOf("customer_id@orders"));
    }

    @Test
    void anExactColumnNameStillBeatsATableThatMerelyContainsIt() {
        List<String> names = names("email");

        assertThat(names.get(0)).isEqualTo("email@customers");
        assertThat(names).contains("customers");
    }

    @Test
    void columnsNameTheirDatasetAndTheDatasetFollowsThroughItsColumn() {
        assertThat(names("birth")).containsExactly("birth_date@customers", "customers");
    }
}
