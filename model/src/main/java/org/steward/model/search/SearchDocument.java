package org.steward.model.search;

import java.util.List;
import org.steward.model.catalog.Entity;

/**
 * What the search index holds for one entity, assembled by the workspace store.
 *
 * @param columnNames            for a dataset, its columns' names; otherwise empty
 * @param classifications        labels on the entity and, for a dataset, on its columns
 * @param ownerText              owner id, display name and team, for matching
 * @param suspectedUnclassified  looks like personal data (by name or sample values) yet carries no classification
 * @param parentName             for a column, the name of its dataset, so results can tell same-named columns apart
 */
public record SearchDocument(
        Entity entity,
        List<String> columnNames,
        List<String> classifications,
        List<String> glossaryTerms,
        String ownerText,
        boolean suspectedUnclassified,
        String parentName) {

    /** A document of an entity that belongs to no dataset. */
    public SearchDocument(Entity entity, List<String> columnNames, List<String> classifications,
                          List<String> glossaryTerms, String ownerText, boolean suspectedUnclassified) {
        this(entity, columnNames, classifications, glossaryTerms, ownerText, suspectedUnclassified, "");
    }

    public SearchDocument {
        parentName = parentName == null ? "" : parentName;
        columnNames = List.copyOf(columnNames);
        classifications = List.copyOf(classifications);
        glossaryTerms = List.copyOf(glossaryTerms);
        ownerText = ownerText == null ? "" : ownerText;
    }
}
