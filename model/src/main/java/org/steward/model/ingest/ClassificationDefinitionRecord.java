package org.steward.model.ingest;

/** A classification definition: {@code PII.Email} with parent {@code PII}. */
public record ClassificationDefinitionRecord(String name, String parent, String description, int sensitivity) {

    public ClassificationDefinitionRecord {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a classification definition needs a name");
        }
        parent = parent == null ? "" : parent;
        description = description == null ? "" : description;
    }
}
