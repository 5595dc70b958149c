package org.steward.model.search;

import java.util.List;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityType;

/** A small builder of search documents for tests. */
final class TestDocuments {

    private long id;
    private EntityType type = EntityType.DATASET;
    private String name = "";
    private String qualifiedName;
    private String source = "pg";
    private String database = "sales";
    private String schema = "public";
    private Long parentId;
    private String description = "";
    private String owner = "";
    private List<String> columns = List.of();
    private List<String> classifications = List.of();
    private List<String> glossaryTerms = List.of();
    private String ownerText = "";
    private boolean suspected;

    static TestDocuments dataset(long id, String name) {
        TestDocuments builder = new TestDocuments();
        builder.id = id;
        builder.name = name;
        return builder;
    }

    static TestDocuments of(long id, EntityType type, String name) {
        TestDocuments builder = dataset(id, name);
        builder.type = type;
        return builder;
    }

    TestDocuments qualifiedName(String value) {
        qualifiedName = value;
        return this;
    }

    TestDocuments location(String newSource, String newDatabase, String newSchema) {
        source = newSource;
        database = newDatabase;
        schema = newSchema;
        return this;
    }

    TestDocuments parent(long value) {
        parentId = value;
        return this;
    }

    TestDocuments description(String value) {
        description = value;
        return this;
    }

    TestDocuments owner(String id, String text) {
        owner = id;
        ownerText = text;
        return this;
    }

    TestDocuments columns(String... values) {
        columns = List.of(values);
        return this;
    }

    TestDocuments classifications(String... values) {
        classifications = List.of(values);
        return this;
    }

    TestDocuments glossary(String... values) {
        glossaryTerms = List.of(values);
        return this;
    }

    TestDocuments suspected() {
        suspected = true;
        return this;
    }

    SearchDocument build() {
        String qn = qualifiedName != null ? qualifiedName
                : source + "." + database + "." + schema + "." + name + "@" + id;
        Entity entity = new Entity(id, type, type == EntityType.DATASET ? "table" : "", qn, name, source, database,
                schema, parentId, description, owner, type == EntityType.COLUMN ? "varchar" : "");
        return new SearchDocument(entity, columns, classifications, glossaryTerms, ownerText, suspected);
    }
}
