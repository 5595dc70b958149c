package org.steward.views.lineage;

import java.util.List;
import java.util.Set;
import org.steward.model.catalog.EntityType;
import org.steward.model.search.CatalogSearch;
import org.steward.model.search.SearchQuery;

/** Finds datasets and dashboards by name for the process dialog's pickers; called off the FX thread. */
@FunctionalInterface
public interface DatasetFinder {

    List<DatasetChoice> find(String text, int limit);

    /** The workspace's ranked search, narrowed to datasets and dashboards. */
    static DatasetFinder of(CatalogSearch search) {
        return (text, limit) -> search.search(SearchQuery.text(text).withLimit(limit)
                        .withTypes(Set.of(EntityType.DATASET, EntityType.DASHBOARD)))
                .hits().stream()
                .map(hit -> new DatasetChoice(hit.entity().id(), hit.entity().type(), hit.entity().name(),
                        hit.entity().qualifiedName()))
                .toList();
    }
}
