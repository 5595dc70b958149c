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

    private List<String> suspected() {
        SearchQuery query = new SearchQuery("", null, null, null, null, null, true, 100);
        return workspace.search().search(query).hits().stream().map(hit -> hit.entity().name()).sorted().toList();
    }

    @Test
    void personalDataLeftUnlabelledIsFlaggedOnTheColumnAndItsDataset() {
        assertThat(suspected()).containsExactly("birth_date", "customers");

        var phone = org.steward.model.ingest.EntityRecord.builder(org.steward.model.catalog.EntityType.COLUMN,
                        "shop.public.orders.phone_number@pg").name("phone_number").parent(TestCatalogs.ORDERS)
                .dataType("varchar").sampleValues(List.of("+4915112345678", "+442071838750", "+14155550123"))
                .build();
        workspace.ingest(new org.steward.model.ingest.CatalogBatch("test:phone", List.of(), List.of(), List.of(),
                List.of(phone), List.of(), List.of()), "tester", ProgressMonitor.NONE);

        assertThat(suspected()).containsExactly("birth_date", "customers", "orders", "phone_number");
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
