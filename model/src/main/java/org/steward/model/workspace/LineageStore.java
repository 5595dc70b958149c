package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.steward.model.catalog.EntityType;
import org.steward.model.catalog.Owner;
import org.steward.model.change.ChangeSetStore;
import org.steward.model.change.ProposedChange;
import org.steward.model.lineage.LineageGraph;
import org.steward.model.lineage.LineageNode;
import org.steward.model.lineage.LineageSource;

/** Lineage reads over the workspace database: the whole graph in one streaming pass, details in id chunks. */
final class LineageStore implements LineageSource {
    private static final int CHUNK = 1_000;
    private static final String NODE_COLUMNS =
            "e.id, e.entity_type, e.subtype, e.name, e.qualified_name, e.source_name, e.parent_id";

    private final Database database;
    private final ChangeSetStore changes;

    LineageStore(Database database, ChangeSetStore changes) {
        this.database = database;
        this.changes = changes;
    }

    @Override
    public LineageGraph loadGraph() {
        return database.read(connection -> {
            LineageGraph.Builder builder = LineageGraph.builder();
            EntityType[] types = EntityType.values();
            Map<String, EntityType> byName = new HashMap<>();
            for (EntityType type : types) {
                byName.put(type.name(), type);
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT l.from_id, f.entity_type, f.parent_id, l.to_id, t.entity_type, t.parent_id,"
                            + " l.via_process_id FROM lineage_edge l JOIN entity f ON f.id = l.from_id"
                            + " JOIN entity t ON t.id = l.to_id")) {
                query.setFetchSize(10_000);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        builder.edge(rs.getLong(1), byName.get(rs.getString(2)), rs.getLong(3), rs.getLong(4),
                                byName.get(rs.getString(5)), rs.getLong(6), rs.getLong(7));
                    }
                }
            }
            return builder.build();
        });
    }

    @Override
    public Map<Long, LineageNode> describe(Collection<Long> ids) {
        return database.read(connection -> {
            Map<Long, LineageNode> nodes = new LinkedHashMap<>();
            for (List<Long> chunk : chunks(ids)) {
                Map<Long, TreeSet<String>> labels = new HashMap<>();
                collectLabels(connection, "SELECT a.entity_id, a.classification FROM classification_assignment a"
                        + " WHERE a.entity_id = ANY(?)", chunk, labels);
                collectLabels(connection, "SELECT c.parent_id, a.classification FROM classification_assignment a"
                        + " JOIN entity c ON c.id = a.entity_id WHERE c.parent_id = ANY(?)", chunk, labels);
                readNodes(connection, "SELECT " + NODE_COLUMNS + " FROM entity e WHERE e.id = ANY(?)", chunk,
                        labels, nodes);
            }
            return nodes;
        });
    }

    @Override
    public List<LineageNode> columnsOf(Collection<Long> datasetIds) {
        return database.read(connection -> {
            Map<Long, LineageNode> nodes = new LinkedHashMap<>();
            for (List<Long> chunk : chunks(datasetIds)) {
                Map<Long, TreeSet<String>> labels = new HashMap<>();
                collectLabels(connection, "SELECT a.entity_id, a.classification FROM classification_assignment a"
                        + " JOIN entity c ON c.id = a.entity_id WHERE c.parent_id = ANY(?)", chunk, labels);
                readNodes(connection, "SELECT " + NODE_COLUMNS + " FROM entity e WHERE e.parent_id = ANY(?)"
                        + " AND e.entity_type = 'COLUMN' ORDER BY e.parent_id, e.position, e.id", chunk, labels, nodes);
            }
            return new ArrayList<>(nodes.values());
        });
    }

    @Override
    public Map<Long, Owner> owners(Collection<Long> ids) {
        return database.read(connection -> {
            Map<Long, Owner> owners = new LinkedHashMap<>();
            for (List<Long> chunk : chunks(ids)) {
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT e.id, o.owner_id, o.display_name, o.email, o.team FROM entity e"
                                + " JOIN owner o ON o.owner_id = e.owner_id WHERE e.id = ANY(?)")) {
                    query.setArray(1, connection.createArrayOf("BIGINT", chunk.toArray()));
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            owners.put(rs.getLong(1), new Owner(rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getString(5)));
                        }
                    }
                }
            }
            return owners;
        });
    }

    @Override
    public List<LabelOnEntity> propagatingLabels(long entityId) {
        return database.read(connection -> {
            List<LabelOnEntity> labels = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT DISTINCT a.classification, e.id, e.qualified_name FROM classification_assignment a"
                            + " JOIN entity e ON e.id = a.entity_id WHERE a.propagate = TRUE"
                            + " AND (e.id = ? OR e.parent_id = ?) ORDER BY e.id, a.classification")) {
                query.setLong(1, entityId);
                query.setLong(2, entityId);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        labels.add(new LabelOnEntity(rs.getString(1), rs.getLong(2), rs.getString(3)));
                    }
                }
            }
            return labels;
        });
    }

    @Override
    public Optional<Long> idOf(String qualifiedName) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id FROM entity WHERE qualified_name = ?")) {
                query.setString(1, qualifiedName);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<ProposedChange> pendingChanges() {
        return changes.pending();
    }

    private static void collectLabels(Connection connection, String sql, List<Long> chunk,
                                      Map<Long, TreeSet<String>> labels) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("BIGINT", chunk.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    labels.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
                }
            }
        }
    }

    private static void readNodes(Connection connection, String sql, List<Long> chunk,
                                  Map<Long, TreeSet<String>> labels, Map<Long, LineageNode> nodes)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("BIGINT", chunk.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long parent = rs.getLong(7);
                    Long parentId = rs.wasNull() ? null : parent;
                    nodes.put(id, new LineageNode(id, EntityType.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), parentId,
                            List.copyOf(labels.getOrDefault(id, new TreeSet<>())), false));
                }
            }
        }
    }

    static <T> List<List<T>> chunks(Collection<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> current = new ArrayList<>(Math.min(CHUNK, values.size()));
        for (T value : values) {
            current.add(value);
            if (current.size() == CHUNK) {
                chunks.add(current);
                current = new ArrayList<>(CHUNK);
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
