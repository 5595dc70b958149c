package org.steward.model.catalog;

import java.util.List;
import java.util.Map;

/** Everything the detail pane shows about one entity, as stored (pending changes are overlaid separately). */
public record EntityDetails(
        Entity entity,
        Map<String, String> attributes,
        Owner owner,
        List<GlossaryTerm> glossaryTerms,
        List<ClassificationAssignment> classifications,
        List<ColumnInfo> columns,
        int upstreamCount,
        int downstreamCount) {

    public EntityDetails {
        attributes = Map.copyOf(attributes);
        glossaryTerms = List.copyOf(glossaryTerms);
        classifications = List.copyOf(classifications);
        columns = List.copyOf(columns);
    }
}
