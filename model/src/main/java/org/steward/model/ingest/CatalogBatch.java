package org.steward.model.ingest;

import java.util.List;

/**
 * What any source (a file importer, a platform pull, the demo generator) hands to the one ingestion path.
 *
 * @param origin where the batch came from, e.g. {@code demo:retail}, {@code openlineage:events.ndjson}
 */
public record CatalogBatch(
        String origin,
        List<OwnerRecord> owners,
        List<GlossaryTermRecord> glossaryTerms,
        List<ClassificationDefinitionRecord> classificationDefinitions,
        List<EntityRecord> entities,
        List<ClassificationRecord> classifications,
        List<LineageEdgeRecord> lineage) {

    public CatalogBatch {
        owners = List.copyOf(owners);
        glossaryTerms = List.copyOf(glossaryTerms);
        classificationDefinitions = List.copyOf(classificationDefinitions);
        entities = List.copyOf(entities);
        classifications = List.copyOf(classifications);
        lineage = List.copyOf(lineage);
    }
}
