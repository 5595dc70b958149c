package org.steward.model.ingest;

import java.util.List;

/**
 * What any source (a file importer, a platform pull, the demo generator) hands to the one ingestion path.
 *
 * @param origin where the batch came from, e.g. {@code demo:retail}, {@code openlineage:events.ndjson}
 * @param partial whether the source describes entities a part at a time (OpenLineage events carry only the facets
 *                their run saw), so what a record leaves out says nothing and it is added to what is stored;
 *                otherwise a record states its entity in full and replaces it
 */
public record CatalogBatch(
        String origin,
        List<OwnerRecord> owners,
        List<GlossaryTermRecord> glossaryTerms,
        List<ClassificationDefinitionRecord> classificationDefinitions,
        List<EntityRecord> entities,
        List<ClassificationRecord> classifications,
        List<LineageEdgeRecord> lineage,
        boolean partial) {

    public CatalogBatch {
        owners = List.copyOf(owners);
        glossaryTerms = List.copyOf(glossaryTerms);
        classificationDefinitions = List.copyOf(classificationDefinitions);
        entities = List.copyOf(entities);
        classifications = List.copyOf(classifications);
        lineage = List.copyOf(lineage);
    }

    /** A batch of a source that states each entity in full. */
    public CatalogBatch(String origin, List<OwnerRecord> owners, List<GlossaryTermRecord> glossaryTerms,
                        List<ClassificationDefinitionRecord> classificationDefinitions, List<EntityRecord> entities,
                        List<ClassificationRecord> classifications, List<LineageEdgeRecord> lineage) {
        this(origin, owners, glossaryTerms, classificationDefinitions, entities, classifications, lineage, false);
    }
}
