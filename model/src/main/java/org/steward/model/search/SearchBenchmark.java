package org.steward.model.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.steward.model.catalog.CatalogLocation;
import org.steward.model.catalog.EntityType;

/**
 * Times a fixed mix of realistic catalog queries — whole words, 1–4 character prefixes as typed, two-token queries
 * and filtered queries — over any {@link CatalogSearch}, after warm-up rounds, and reports latency percentiles.
 * Filter values (source, classification) are taken from the search's own pickers so the mix fits any catalog.
 */
public final class SearchBenchmark {

    /** Latency percentiles in milliseconds over {@code searches} timed calls of {@code queries} distinct queries. */
    public record Result(
            int queries,
            int rounds,
            int searches,
            long totalMatches,
            long hitsReturned,
            double p50Millis,
            double p95Millis,
            double p99Millis,
            double maxMillis) {
    }

    public static final int DEFAULT_LIMIT = 50;
    private static final List<String> TEXTS = List.of(
            "customer", "order", "email", "product", "invoice", "address", "payment", "account", "status", "date",
            "c", "o", "e", "p", "cu", "or", "em", "pa", "cus", "ord", "ema", "inv", "cust", "orde", "emai", "prod",
            "customer email", "order id", "sales rev", "dim cust", "fact sales", "created at", "user_id",
            "customerEmail", "payment met", "ship addr");

    private final int limit;

    public SearchBenchmark() {
        this(DEFAULT_LIMIT);
    }

    public SearchBenchmark(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        this.limit = limit;
    }

    /** The query mix for this catalog: the fixed texts, then a few with filters. */
    public List<SearchQuery> queries(CatalogSearch search) {
        List<SearchQuery> queries = new ArrayList<>();
        TEXTS.forEach(text -> queries.add(SearchQuery.text(text).withLimit(limit)));
        Set<EntityType> datasets = Set.of(EntityType.DATASET);
        queries.add(SearchQuery.text("cust").withTypes(datasets).withLimit(limit));
        queries.add(SearchQuery.text("").withTypes(datasets).withLimit(limit));
        queries.add(filtered("", Set.of(), Set.of(), CatalogLocation.ALL, true));
        queries.add(filtered("phone", Set.of(), Set.of(), CatalogLocation.ALL, true));
        List<String> sources = search.sources();
        if (!sources.isEmpty()) {
            queries.add(filtered("ord", Set.of(sources.get(0)), Set.of(), CatalogLocation.ALL, false));
            queries.add(filtered("addr", Set.of(), Set.of(), CatalogLocation.source(sources.get(0)), false));
        }
        List<String> classifications = search.classifications();
        if (!classifications.isEmpty()) {
            String top = classifications.get(0).split("\\.")[0];
            queries.add(filtered("email", Set.of(), Set.of(top), CatalogLocation.ALL, false));
            queries.add(filtered("", Set.of(), Set.of(top), CatalogLocation.ALL, false));
        }
        return queries;
    }

    public Result run(CatalogSearch search, int warmupRounds, int rounds) {
        List<SearchQuery> queries = queries(search);
        for (int round = 0; round < warmupRounds; round++) {
            queries.forEach(search::search);
        }
        double[] millis = new double[queries.size() * rounds];
        long totalMatches = 0;
        long hitsReturned = 0;
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (SearchQuery query : queries) {
                long started = System.nanoTime();
                SearchResults results = search.search(query);
                millis[n++] = (System.nanoTime() - started) / 1_000_000.0;
                totalMatches += results.totalMatches();
                hitsReturned += results.hits().size();
            }
        }
        Arrays.sort(millis);
        return new Result(queries.size(), rounds, n, totalMatches, hitsReturned, percentile(millis, 50),
                percentile(millis, 95), percentile(millis, 99), n == 0 ? 0 : millis[n - 1]);
    }

    private SearchQuery filtered(String text, Set<String> sources, Set<String> classifications,
            CatalogLocation location, boolean suspectedOnly) {
        return new SearchQuery(text, Set.of(), sources, classifications, Set.of(), location, suspectedOnly, limit);
    }

    private static double percentile(double[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
