package org.steward.model.workspace;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityType;
import org.steward.model.classification.PersonalDataSuspicion;
import org.steward.model.search.SearchDocument;

/** Assembles the search documents of one chunk of entities with a fixed number of queries. */
final class SearchDocumentQuery {
    private final Connection connection;
    private final PersonalDataSuspicion suspicion;

    SearchDocumentQuery(Connection connection, PersonalDataSuspicion suspicion) {
        this.connection = connection;
        this.suspicion = suspicion;
    }

    List<SearchDocument> load(List<Long> ids) throws SQLException {
        Array idArray = connection.createArrayOf("BIGINT", ids.toArray());
        Map<Long, Entity> entities = new LinkedHashMap<>();
        Map<Long, String> samples = new HashMap<>();
        Map<Long, String> parentNames = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + CatalogStore.ENTITY_COLUMNS
                + ", e.sample_values, p.name FROM entity e LEFT JOIN entity p ON p.id = e.parent_id"
                + " WHERE e.id = ANY(?) ORDER BY e.id")) {
            query.setArray(1, idArray);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Entity entity = CatalogStore.entity(rs);
                    entities.put(entity.id(), entity);
                    samples.put(entity.id(), rs.getString(13));
                    parentNames.put(entity.id(), rs.getString(14));
                }
            }
        }
        Map<Long, List<Entity>> columnsOf = new HashMap<>();
        Map<Long, String> columnSamples = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + CatalogStore.ENTITY_COLUMNS
                + ", e.sample_values FROM entity e WHERE e.parent_id = ANY(?) ORDER BY e.position, e.name")) {
            query.setArray(1, idArray);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Entity column = CatalogStore.entity(rs);
                    columnsOf.computeIfAbsent(column.parentId(), k -> new ArrayList<>()).add(column);
                    columnSamples.put(column.id(), rs.getString(13));
                }
            }
        }
        Map<Long, Set<String>> labels = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT a.entity_id, c.parent_id, a.classification FROM classification_assignment a"
                        + " JOIN entity c ON c.id = a.entity_id WHERE a.entity_id = ANY(?)"
                        + " UNION SELECT a.entity_id, c.parent_id, a.classification FROM entity c"
                        + " JOIN classification_assignment a ON a.entity_id = c.id WHERE c.parent_id = ANY(?)"
                        + " ORDER BY 3")) {
            query.setArray(1, idArray);
            query.setArray(2, idArray);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long entityId = rs.getLong(1);
                    long parentId = rs.getLong(2);
                    boolean hasParent = !rs.wasNull();
                    String label = rs.getString(3);
                    labels.computeIfAbsent(entityId, k -> new LinkedHashSet<>()).add(label);
                    if (hasParent && entities.containsKey(parentId)) {
                        labels.computeIfAbsent(-parentId, k -> new LinkedHashSet<>()).add(label);
                    }
                }
            }
        }
        Map<Long, List<String>> terms = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT t.entity_id, g.name FROM entity_term t JOIN glossary_term g ON g.qualified_name = t.term"
                        + " WHERE t.entity_id = ANY(?) ORDER BY g.name")) {
            query.setArray(1, idArray);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    terms.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<String, String> ownerText = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT owner_id, display_name, team FROM owner WHERE owner_id = ANY(?)")) {
            query.setArray(1, connection.createArrayOf("VARCHAR", entities.values().stream().map(Entity::owner)
                    .filter(Objects::nonNull).distinct().toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ownerText.put(rs.getString(1), rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        LabelledDocument rules = new LabelledDocument(labels, suspicion);
        List<SearchDocument> documents = new ArrayList<>(entities.size());
        for (Entity entity : entities.values()) {
            List<Entity> columns = columnsOf.getOrDefault(entity.id(), List.of());
            boolean columnSuspected = entity.type() != EntityType.COLUMN && rules.anyColumnSuspected(columns.stream()
                    .map(column -> new LabelledDocument.ColumnSample(column.id(), column.name(),
                            columnSamples.get(column.id())))
                    .toList());
            documents.add(rules.of(entity, samples.get(entity.id()), columns.stream().map(Entity::name).toList(),
                    columnSuspected, terms.getOrDefault(entity.id(), List.of()),
                    ownerText.getOrDefault(entity.owner(), entity.owner()), parentNames.get(entity.id())));
        }
        return documents;
    }
}
