package org.steward.model.catalog;

/**
 * One catalog entity as stored, without pending changes applied.
 *
 * @param source   the source system (an operational database server, the lake, the warehouse, a BI tool…)
 * @param database the database, zone or cluster inside the source
 * @param schema   the schema or folder inside the database; may be empty
 * @param parentId the dataset that owns a column, otherwise {@code null}
 */
public record Entity(
        long id,
        EntityType type,
        String subtype,
        String qualifiedName,
        String name,
        String source,
        String database,
        String schema,
        Long parentId,
        String description,
        String owner,
        String dataType) {

    public Entity {
        description = description == null ? "" : description;
        owner = owner == null ? "" : owner;
        dataType = dataType == null ? "" : dataType;
        schema = schema == null ? "" : schema;
        database = database == null ? "" : database;
        subtype = subtype == null ? "" : subtype;
    }

    public Entity withDescription(String newDescription) {
        return new Entity(id, type, subtype, qualifiedName, name, source, database, schema, parentId,
                newDescription, owner, dataType);
    }

    public Entity withOwner(String newOwner) {
        return new Entity(id, type, subtype, qualifiedName, name, source, database, schema, parentId,
                description, newOwner, dataType);
    }
}
