package org.steward.model.search;

import java.util.Set;
import org.steward.model.catalog.CatalogLocation;
import org.steward.model.catalog.EntityType;

/**
 * A catalog search: free text (may be blank: then everything matching the filters, by name) plus filters.
 * Empty filter sets mean "any".
 *
 * @param suspectedUnclassifiedOnly only entities that look like personal data but carry no classification
 */
public record SearchQuery(
        String text,
        Set<EntityType> types,
        Set<String> sources,
        Set<String> classifications,
        Set<String> owners,
        CatalogLocation location,
        boolean suspectedUnclassifiedOnly,
        int limit) {

    public static final int DEFAULT_LIMIT = 500;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        types = types == null ? Set.of() : Set.copyOf(types);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        classifications = classifications == null ? Set.of() : Set.copyOf(classifications);
        owners = owners == null ? Set.of() : Set.copyOf(owners);
        location = location == null ? CatalogLocation.ALL : location;
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), CatalogLocation.ALL, false,
                DEFAULT_LIMIT);
    }

    public SearchQuery withLimit(int newLimit) {
        return new SearchQuery(text, types, sources, classifications, owners, location, suspectedUnclassifiedOnly,
                newLimit);
    }

    public SearchQuery withTypes(Set<EntityType> newTypes) {
        return new SearchQuery(text, newTypes, sources, classifications, owners, location, suspectedUnclassifiedOnly,
                limit);
    }
}
