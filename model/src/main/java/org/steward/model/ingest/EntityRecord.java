package org.steward.model.ingest;

import java.util.List;
import java.util.Map;
import org.steward.model.catalog.EntityType;

/**
 * An entity as a source describes it, before it has a workspace id. Entities refer to each other by qualified
 * name; a column names its dataset in {@code parentQualifiedName}.
 *
 * @param owner          an {@link OwnerRecord#id()} or blank
 * @param glossaryTerms  qualified names of {@link GlossaryTermRecord}s
 */
public record EntityRecord(
        EntityType type,
        String subtype,
        String qualifiedName,
        String name,
        String source,
        String database,
        String schema,
        String parentQualifiedName,
        String description,
        String owner,
        String dataType,
        int position,
        List<String> sampleValues,
        Map<String, String> attributes,
        List<String> glossaryTerms) {

    public EntityRecord {
        if (qualifiedName == null || qualifiedName.isBlank()) {
            throw new IllegalArgumentException("an entity needs a qualified name");
        }
        if (type == null) {
            throw new IllegalArgumentException("entity " + qualifiedName + " has no type");
        }
        name = name == null || name.isBlank() ? qualifiedName : name;
        subtype = subtype == null ? "" : subtype;
        source = source == null ? "" : source;
        database = database == null ? "" : database;
        schema = schema == null ? "" : schema;
        description = description == null ? "" : description;
        owner = owner == null ? "" : owner;
        dataType = dataType == null ? "" : dataType;
        sampleValues = sampleValues == null ? List.of() : List.copyOf(sampleValues);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        glossaryTerms = glossaryTerms == null ? List.of() : List.copyOf(glossaryTerms);
    }

    public static Builder builder(EntityType type, String qualifiedName) {
        return new Builder(type, qualifiedName);
    }

    /** Fluent construction for importers and generators that fill a few of the many fields. */
    public static final class Builder {
        private final EntityType type;
        private final String qualifiedName;
        private String subtype = "";
        private String name;
        private String source = "";
        private String database = "";
        private String schema = "";
        private String parent;
        private String description = "";
        private String owner = "";
        private String dataType = "";
        private int position;
        private List<String> samples = List.of();
        private Map<String, String> attributes = Map.of();
        private List<String> terms = List.of();

        private Builder(EntityType type, String qualifiedName) {
            this.type = type;
            this.qualifiedName = qualifiedName;
        }

        public Builder subtype(String value) { this.subtype = value; return this; }
        public Builder name(String value) { this.name = value; return this; }
        public Builder location(String sourceName, String databaseName, String schemaName) {
            this.source = sourceName;
            this.database = databaseName;
            this.schema = schemaName;
            return this;
        }
        public Builder parent(String value) { this.parent = value; return this; }
        public Builder description(String value) { this.description = value; return this; }
        public Builder owner(String value) { this.owner = value; return this; }
        public Builder dataType(String value) { this.dataType = value; return this; }
        public Builder position(int value) { this.position = value; return this; }
        public Builder sampleValues(List<String> value) { this.samples = value; return this; }
        public Builder attributes(Map<String, String> value) { this.attributes = value; return this; }
        public Builder glossaryTerms(List<String> value) { this.terms = value; return this; }

        public EntityRecord build() {
            return new EntityRecord(type, subtype, qualifiedName, name, source, database, schema, parent,
                    description, owner, dataType, position, samples, attributes, terms);
        }
    }
}
