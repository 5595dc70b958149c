package org.steward.model.ingest;

import java.util.List;

/**
 * A classification definition: {@code PII.Email} with parent {@code PII}.
 *
 * @param attributes the names of the attributes an assignment of this classification carries (Atlas attributeDefs)
 */
public record ClassificationDefinitionRecord(String name, String parent, String description, int sensitivity,
                                             List<String> attributes) {

    public ClassificationDefinitionRecord {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a classification definition needs a name");
        }
        parent = parent == null ? "" : parent;
        description = description == null ? "" : description;
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    public ClassificationDefinitionRecord(String name, String parent, String description, int sensitivity) {
        this(name, parent, description, sensitivity, List.of());
    }
}
