package org.steward.model.search;

import java.util.List;

/** Ranked search over the catalog; thread-safe. */
public interface CatalogSearch {

    SearchResults search(SearchQuery query);

    /** Distinct values for the filter pickers. */
    List<String> sources();

    List<String> classifications();

    List<String> owners();
}
