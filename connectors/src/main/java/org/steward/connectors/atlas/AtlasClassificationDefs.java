package org.steward.connectors.atlas;

import java.util.ArrayList;
import java.util.List;
import org.steward.connectors.importing.JsonTree;
import org.steward.model.ingest.ClassificationDefinitionRecord;

/**
 * Atlas {@code classificationDefs} (from a typedefs file or {@code GET v2/types/typedefs}) as classification
 * definitions: the first super type is the parent, attribute names come from {@code attributeDefs}. Atlas does not
 * rate sensitivity, so merged definitions start unrated (0) for the compliance person to set.
 */
final class AtlasClassificationDefs {

    private AtlasClassificationDefs() {
    }

    static ClassificationDefinitionRecord of(JsonTree def) {
        String name = def.requiredText("name");
        List<JsonTree> superTypes = def.array("superTypes");
        String parent = superTypes.isEmpty() ? "" : superTypes.get(0).node().asText("");
        List<String> attributes = new ArrayList<>();
        for (JsonTree attribute : def.array("attributeDefs")) {
            attribute.text("name").filter(text -> !text.isBlank()).ifPresent(attributes::add);
        }
        return new ClassificationDefinitionRecord(name, parent, def.text("description").orElse(""), 0, attributes);
    }
}
