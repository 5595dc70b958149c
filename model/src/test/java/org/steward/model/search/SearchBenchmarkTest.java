package org.steward.model.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.model.task.ProgressMonitor;

class SearchBenchmarkTest {

    @Test
    void timesTheWholeMixEveryRoundAndReportsOrderedPercentiles() throws Exception {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            documents.add(TestDocuments.dataset(i, "customer_orders_" + i).columns("email", "order_id")
                    .classifications("PII.Email").build());
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            index.rebuild(new ListDocumentSource(documents), 1, ProgressMonitor.NONE);

            SearchBenchmark.Result result = new SearchBenchmark(20).run(index, 0, 2);

            assertThat(result.queries()).isBetween(36, 48);
            assertThat(result.searches()).isEqualTo(result.queries() * 2);
            assertThat(result.totalMatches()).isPositive();
            assertThat(result.p50Millis()).isPositive().isLessThanOrEqualTo(result.p95Millis());
            assertThat(result.p95Millis()).isLessThanOrEqualTo(result.p99Millis());
            assertThat(result.p99Millis()).isLessThanOrEqualTo(result.maxMillis());
        }
    }

    @Test
    void usesTheCatalogsOwnFilterValues() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            index.rebuild(new ListDocumentSource(List.of(TestDocuments.dataset(1, "a")
                    .classifications("Finance.Confidential").build())), 1, ProgressMonitor.NONE);

            List<SearchQuery> queries = new SearchBenchmark().queries(index);

            assertThat(queries).anySatisfy(query -> assertThat(query.sources()).containsExactly("pg"));
            assertThat(queries).anySatisfy(query -> assertThat(query.classifications()).containsExactly("Finance"));
            assertThat(queries).allSatisfy(query -> assertThat(query.limit())
                    .isEqualTo(SearchBenchmark.DEFAULT_LIMIT));
        }
    }

    @Test
    void rejectsANonPositiveLimit() {
        assertThatThrownBy(() -> new SearchBenchmark(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
