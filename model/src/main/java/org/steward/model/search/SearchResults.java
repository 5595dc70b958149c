package org.steward.model.search;

import java.util.List;

/** The top hits of a query, how many matched in all, and how long the search took. */
public record SearchResults(SearchQuery query, List<SearchHit> hits, long totalMatches, double millis) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public boolean truncated() {
        return totalMatches > hits.size();
    }
}
