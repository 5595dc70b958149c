package org.steward.model.policy;

import java.util.List;
import java.util.Map;
import org.steward.model.catalog.ClassificationAssignment;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.catalog.EntityType;

/**
 * A dataset or dashboard as the rules see it: where it lives, who owns it, its attributes, its own labels and its
 * columns with theirs.
 */
public record EntityFacts(long id, EntityType type, String subtype, String qualifiedName, String name, String source,
                          String database, String schema, String owner, Map<String, String> attributes,
                          List<String> labels, List<ColumnFacts> columns) {

    public EntityFacts {
        subtype = subtype == null ? "" : subtype;
        source = source == null ? "" : source;
        database = database == null ? "" : database;
        schema = schema == null ? "" : schema;
        owner = owner == null ? "" : owner;
        attributes = Map.copyOf(attributes);
        labels = List.copyOf(labels);
        columns = List.copyOf(columns);
    }

    /** The facts of one entity as the detail pane has it, for judging it alone (its retention). */
    public static EntityFacts of(EntityDetails details) {
        Entity entity = details.entity();
        List<ColumnFacts> columns = details.columns().stream().map(column -> new ColumnFacts(column.column().id(),
                column.column().name(), column.classifications().stream()
                .map(ClassificationAssignment::classification).distinct().toList(), column.personalDataSuspected()))
                .toList();
        return new EntityFacts(entity.id(), entity.type(), entity.subtype(), entity.qualifiedName(), entity.name(),
                entity.source(), entity.database(), entity.schema(), entity.owner(), details.attributes(),
                details.classifications().stream().map(ClassificationAssignment::classification).distinct().toList(),
                columns);
    }

    public EntityFacts withOwner(String newOwner) {
        return new EntityFacts(id, type, subtype, qualifiedName, name, source, database, schema, newOwner,
                attributes, labels, columns);
    }

    public EntityFacts withAttributes(Map<String, String> newAttributes) {
        return new EntityFacts(id, type, subtype, qualifiedName, name, source, database, schema, owner,
                newAttributes, labels, columns);
    }

    public EntityFacts withLabels(List<String> newLabels, List<ColumnFacts> newColumns) {
        return new EntityFacts(id, type, subtype, qualifiedName, name, source, database, schema, owner,
                attributes, newLabels, newColumns);
    }

    /** Whether this entity or any of its columns carries a label. */
    public boolean classified() {
        return !labels.isEmpty() || columns.stream().anyMatch(column -> !column.labels().isEmpty());
    }
}
