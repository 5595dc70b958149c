package org.steward.model.catalog;

/**
 * A node of the catalog tree: source system, then database or zone, then schema. Blank trailing parts mean
 * "everything below"; a location with all parts blank is the whole catalog.
 */
public record CatalogLocation(String source, String database, String schema) {

    public static final CatalogLocation ALL = new CatalogLocation("", "", "");

    public CatalogLocation {
        source = source == null ? "" : source;
        database = database == null ? "" : database;
        schema = schema == null ? "" : schema;
    }

    public static CatalogLocation source(String source) {
        return new CatalogLocation(source, "", "");
    }

    public boolean isAll() {
        return source.isEmpty();
    }

    public int depth() {
        return source.isEmpty() ? 0 : database.isEmpty() ? 1 : schema.isEmpty() ? 2 : 3;
    }

    public boolean contains(Entity entity) {
        return (source.isEmpty() || source.equals(entity.source()))
                && (database.isEmpty() || database.equals(entity.database()))
                && (schema.isEmpty() || schema.equals(entity.schema()));
    }
}
