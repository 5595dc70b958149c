package org.steward.views.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.CatalogLocation;
import org.steward.model.catalog.EntityType;
import org.steward.model.search.SearchHit;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.task.SameThreadTaskExecutor;

class CatalogViewModelTest {
    private Workspace workspace;
    private SameThreadTaskExecutor executor;
    private CatalogViewModel model;

    @BeforeEach
    void setUp() {
        workspace = Workspace.inMemory("test");
        workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        executor = new SameThreadTaskExecutor();
        model = new CatalogViewModel(workspace, executor);
        model.load();
    }

    @AfterEach
    void tearDown() {
        model.dispose();
        workspace.close();
    }

    @Test
    void loadingShowsTheTreeAndFilterChoices() {
        assertThat(model.treeProperty().get()).isNotNull();
        assertThat(model.treeProperty().get().children()).isNotEmpty();
        assertThat(model.sources()).contains("pg-prod");
        assertThat(model.hits()).isNotEmpty();
        assertThat(executor.failures()).isEmpty();
    }

    @Test
    void typingSearchesAndUpdatesTheCount() {
        model.searchTextProperty().set("email");

        assertThat(qualifiedNames()).contains(TestCatalogs.CUSTOMERS_EMAIL);
        assertThat(model.summaryProperty().get()).contains("match");
        assertThat(model.resultsProperty().get().query().text()).isEqualTo("email");
    }

    @Test
    void typeFilterNarrowsTheResults() {
        model.searchTextProperty().set("customer");
        int all = model.hits().size();

        model.types().add(EntityType.DATASET);

        assertThat(model.resultsProperty().get().query().types()).containsExactly(EntityType.DATASET);
        assertThat(model.hits()).isNotEmpty().allMatch(hit -> hit.entity().type() == EntityType.DATASET);
        assertThat(model.hits().size()).isLessThanOrEqualTo(all);
    }

    @Test
    void sourceFilterNarrowsTheResults() {
        model.sourceProperty().set("Snowflake");

        assertThat(model.resultsProperty().get().query().sources()).containsExactly("Snowflake");
        assertThat(model.hits()).isNotEmpty().allMatch(hit -> hit.entity().source().equals("Snowflake"));
    }

    @Test
    void treeSelectionRestrictsTheLocation() {
        model.locationProperty().set(CatalogLocation.source("pg-prod"));

        assertThat(model.resultsProperty().get().query().location()).isEqualTo(CatalogLocation.source("pg-prod"));
        assertThat(model.hits()).isNotEmpty().allMatch(hit -> hit.entity().source().equals("pg-prod"));
    }

    @Test
    void clearingFiltersWidensAgain() {
        model.types().add(EntityType.DASHBOARD);
        model.clearFilters();

        assertThat(model.query().types()).isEmpty();
        assertThat(model.hits()).extracting(hit -> hit.entity().type()).contains(EntityType.DATASET);
    }

    /** The stand-in index of this branch ignores filters and lists no sources; the real index does both. */

    private java.util.List<String> qualifiedNames() {
        return model.hits().stream().map(SearchHit::entity).map(e -> e.qualifiedName()).toList();
    }
}
