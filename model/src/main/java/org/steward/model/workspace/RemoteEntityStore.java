package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.steward.model.platform.PulledState;
import org.steward.model.platform.RemoteEntity;

/** The remote identities and base versions of pulled entities, and each endpoint's pull high-water marks. */
public final class RemoteEntityStore {
    private static final int BATCH = 5_000;

    private final Database database;

    RemoteEntityStore(Database database) {
        this.database = database;
    }

    /** The base of an entity as last pulled from {@code endpoint}. */
    public Optional<RemoteEntity> find(String endpoint, String qualifiedName) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT e.qualified_name, r.endpoint, r.guid, r.type_name, r.update_time, r.version, r.pulled_at"
                            + " FROM remote_entity r JOIN entity e ON e.id = r.entity_id"
                            + " WHERE r.endpoint = ? AND e.qualified_name = ?")) {
                query.setString(1, endpoint);
                query.setString(2, qualifiedName);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<RemoteEntity>empty();
                }
            }
        });
    }

    public int count(String endpoint) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM remote_entity WHERE endpoint = ?")) {
                query.setString(1, endpoint);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** The newest remote update time seen by earlier pulls of this type from this endpoint. */
    public OptionalLong highWaterMark(String endpoint, String typeName) {
        return highWaterMarks(endpoint).entrySet().stream().filter(e -> e.getKey().equals(typeName))
                .mapToLong(Map.Entry::getValue).findFirst();
    }

    public Map<String, Long> highWaterMarks(String endpoint) {
        return database.read(connection -> {
            Map<String, Long> marks = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT type_name, high_water_mark FROM remote_pull WHERE endpoint = ? ORDER BY type_name")) {
                query.setString(1, endpoint);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        marks.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return marks;
        });
    }

    /** Finds the id of an entity by qualified name within the ingesting transaction. */
    @FunctionalInterface
    interface EntityIds {
        Long id(String qualifiedName) throws SQLException;
    }

    void record(Connection connection, PulledState state, EntityIds ids) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String write = hasRows(connection, state.endpoint())
                ? "MERGE INTO remote_entity (entity_id, endpoint, guid, type_name, update_time, version, pulled_at)"
                        + " KEY (entity_id, endpoint) VALUES (?, ?, ?, ?, ?, ?, ?)"
                : "INSERT INTO remote_entity (entity_id, endpoint, guid, type_name, update_time, version, pulled_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement merge = connection.prepareStatement(write)) {
            int pending = 0;
            for (RemoteEntity entity : state.entities()) {
                Long id = ids.id(entity.qualifiedName());
                if (id == null) {
                    continue;
                }
                merge.setLong(1, id);
                merge.setString(2, state.endpoint());
                merge.setString(3, entity.guid());
                merge.setString(4, entity.typeName());
                merge.setLong(5, entity.updateTime());
                merge.setLong(6, entity.version());
                merge.setTimestamp(7, entity.pulledAt() == null ? now : Timestamp.from(entity.pulledAt()));
                merge.addBatch();
                if (++pending == BATCH) {
                    merge.executeBatch();
                    pending = 0;
                }
            }
            merge.executeBatch();
        }
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO remote_pull (endpoint, type_name, high_water_mark, pulled_at) KEY (endpoint, type_name)"
                        + " VALUES (?, ?, GREATEST(?, COALESCE((SELECT high_water_mark FROM remote_pull"
                        + " WHERE endpoint = ? AND type_name = ?), 0)), ?)")) {
            for (Map.Entry<String, Long> mark : state.highWaterMarks().entrySet()) {
                merge.setString(1, state.endpoint());
                merge.setString(2, mark.getKey());
                merge.setLong(3, mark.getValue());
                merge.setString(4, state.endpoint());
                merge.setString(5, mark.getKey());
                merge.setTimestamp(6, now);
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    private static boolean hasRows(Connection connection, String endpoint) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM remote_entity WHERE endpoint = ? LIMIT 1")) {
            query.setString(1, endpoint);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static RemoteEntity read(ResultSet rs) throws SQLException {
        return new RemoteEntity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getLong(6), rs.getTimestamp(7).toInstant());
    }
}
