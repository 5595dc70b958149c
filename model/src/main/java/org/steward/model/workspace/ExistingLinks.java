package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.steward.model.ingest.ClassificationRecord;
import org.steward.model.ingest.LineageEdgeRecord;

/**
 * Loads the lineage edges and classification assignments the workspace already has for the entities a batch
 * touches, in chunks of {@code = ANY(?)} queries instead of one existence check per record. Only entities that
 * existed before the import (ids below the first new id) can have stored links; each is asked about once.
 */
final class ExistingLinks {
    private static final int CHUNK = 1_000;

    private final Connection connection;
    private final Set<Long> edgesLoaded = new HashSet<>();
    private final Set<Long> assignmentsLoaded = new HashSet<>();

    ExistingLinks(Connection connection) {
        this.connection = connection;
    }

    /** Resolves a qualified name, or {@code null}. */
    @FunctionalInterface
    interface Resolver {
        KnownEntity resolve(String qualifiedName) throws SQLException;
    }

    static String assignmentKey(long entityId, String classification, Long originId) {
        return entityId + "\u0000" + classification + "\u0000" + (originId == null ? "" : originId.toString());
    }

    /** Adds {@code from << 32 | to} of every stored edge leaving the batch's old entities to {@code edges}. */
    void loadEdges(List<LineageEdgeRecord> lineage, Resolver resolver, long firstNewId, Set<Long> edges)
            throws SQLException {
        List<Long> fromIds = new ArrayList<>();
        for (LineageEdgeRecord edge : lineage) {
            KnownEntity from = resolver.resolve(edge.fromQualifiedName());
            if (from != null && from.id() < firstNewId && edgesLoaded.add(from.id())) {
                fromIds.add(from.id());
            }
        }
        query("SELECT from_id, to_id FROM lineage_edge WHERE from_id = ANY(?)", fromIds,
                rs -> edges.add(rs.getLong(1) << 32 | rs.getLong(2)));
    }

    /** Adds the key of every stored assignment on the batch's old entities to {@code assignments}. */
    void loadAssignments(List<ClassificationRecord> classifications, Resolver resolver, long firstNewId,
                         Set<String> assignments) throws SQLException {
        List<Long> entityIds = new ArrayList<>();
        for (ClassificationRecord record : classifications) {
            KnownEntity target = resolver.resolve(record.entityQualifiedName());
            if (target != null && target.id() < firstNewId && assignmentsLoaded.add(target.id())) {
                entityIds.add(target.id());
            }
        }
        query("SELECT entity_id, classification, origin_id FROM classification_assignment WHERE entity_id = ANY(?)",
                entityIds, rs -> {
                    long origin = rs.getLong(3);
                    Long originId = rs.wasNull() ? null : origin;
                    assignments.add(assignmentKey(rs.getLong(1), rs.getString(2), originId));
                });
    }

    private void query(String sql, List<Long> ids, Row row) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                query.setArray(1, connection.createArrayOf("BIGINT", chunk.toArray()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        row.accept(rs);
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }
}
