package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageSnapshot;

/** Reads a {@link LineageSnapshot} in three streaming queries: columns, other entities, edges. */
final class LineageSnapshotQuery {

    private LineageSnapshotQuery() {
    }

    static LineageSnapshot read(Database database) {
        return database.read(connection -> {
            Map<Long, List<String>> columns = columns(connection);
            Map<String, LineageSnapshot.Node> nodes = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, entity_type, subtype, qualified_name, name, description, owner_id FROM entity"
                            + " WHERE entity_type <> 'COLUMN'");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String owner = rs.getString(7);
                    nodes.put(rs.getString(4), new LineageSnapshot.Node(rs.getString(4),
                            EntityType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(5), rs.getString(6),
                            owner == null ? "" : owner, columns.getOrDefault(rs.getLong(1), List.of())));
                }
            }
            return new LineageSnapshot(nodes, edges(connection));
        });
    }

    private static Map<Long, List<String>> columns(Connection connection) throws SQLException {
        Map<Long, List<String>> columns = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT parent_id, name, data_type FROM entity WHERE entity_type = 'COLUMN'"
                        + " ORDER BY parent_id, position, name");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString(3);
                columns.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(type.isEmpty() ? rs.getString(2) : rs.getString(2) + " " + type);
            }
        }
        return columns;
    }

    private static Set<LineageSnapshot.Edge> edges(Connection connection) throws SQLException {
        Set<LineageSnapshot.Edge> edges = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT f.qualified_name, t.qualified_name, l.edge_level FROM lineage_edge l"
                        + " JOIN entity f ON f.id = l.from_id JOIN entity t ON t.id = l.to_id");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                edges.add(new LineageSnapshot.Edge(rs.getString(1), rs.getString(2),
                        LineageLevel.valueOf(rs.getString(3))));
            }
        }
        return edges;
    }
}
