package org.steward.model.search;

import java.util.List;
import org.steward.model.catalog.Entity;

/** What a hit's stored fields give back: the entity and the texts it was matched on. */
record IndexedEntry(
        Entity entity,
        List<String> columnNames,
        List<String> classifications,
        List<String> glossaryTerms,
        String ownerText,
        String parentName) {

    IndexedEntry {
        parentName = parentName == null ? "" : parentName;
        columnNames = List.copyOf(columnNames);
        classifications = List.copyOf(classifications);
        glossaryTerms = List.copyOf(glossaryTerms);
    }

    /** The texts of a field: one for single-valued fields, several for columns, terms and labels. */
    List<String> texts(SearchField field) {
        switch (field) {
            case NAME:
                return List.of(entity.name());
            case QUALIFIED_NAME:
                return List.of(entity.qualifiedName());
            case COLUMN_NAME:
                return columnNames;
            case GLOSSARY_TERM:
                return glossaryTerms;
            case CLASSIFICATION:
                return classifications;
            case OWNER:
                return List.of(ownerText);
            default:
                return List.of(entity.description());
        }
    }
}
