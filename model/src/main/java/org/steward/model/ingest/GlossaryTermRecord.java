package org.steward.model.ingest;

/** A glossary term as a source describes it. */
public record GlossaryTermRecord(String qualifiedName, String name, String description) {

    public GlossaryTermRecord {
        if (qualifiedName == null || qualifiedName.isBlank()) {
            throw new IllegalArgumentException("a glossary term needs a qualified name");
        }
        name = name == null || name.isBlank() ? qualifiedName : name;
        description = description == null ? "" : description;
    }
}
