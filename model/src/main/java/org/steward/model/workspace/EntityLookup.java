package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.EntityType;

/**
 * What one import knows about entities by qualified name: those it wrote, and those the workspace already had.
 * The workspace is asked in chunks ({@code qualified_name = ANY(?)}) for all names of a batch at once, and never
 * twice for the same name; an import into an empty workspace asks nothing.
 */
final class EntityLookup {
    private static final int CHUNK = 1_000;

    private final Connection connection;
    private final Map<String, KnownEntity> known = new HashMap<>();
    private final Set<String> asked = new HashSet<>();
    private final boolean emptyWorkspace;

    EntityLookup(Connection connection, boolean emptyWorkspace) {
        this.connection = connection;
        this.emptyWorkspace = emptyWorkspace;
    }

    boolean emptyWorkspace() {
        return emptyWorkspace;
    }

    KnownEntity known(String qualifiedName) {
        return known.get(qualifiedName);
    }

    void put(String qualifiedName, KnownEntity entity) {
        known.put(qualifiedName, entity);
    }

    /** Looks up in one go every name not asked about yet. */
    void prefetch(Collection<String> qualifiedNames) throws SQLException {
        if (emptyWorkspace) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String name : qualifiedNames) {
            if (!known.containsKey(name) && asked.add(name)) {
                missing.add(name);
            }
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT qualified_name, id, entity_type, content_hash, parent_id FROM entity"
                        + " WHERE qualified_name = ANY(?)")) {
            for (int from = 0; from < missing.size(); from += CHUNK) {
                List<String> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
                query.setArray(1, connection.createArrayOf("VARCHAR", chunk.toArray()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        long parent = rs.getLong(5);
                        known.put(rs.getString(1), new KnownEntity(rs.getLong(2),
                                EntityType.valueOf(rs.getString(3)), rs.getString(4), rs.wasNull() ? null : parent));
                    }
                }
            }
        }
    }

    /** The entity, or {@code null} when neither this import nor the workspace has it. */
    KnownEntity lookup(String qualifiedName) throws SQLException {
        KnownEntity cached = known.get(qualifiedName);
        if (cached != null || emptyWorkspace || asked.contains(qualifiedName)) {
            return cached;
        }
        prefetch(List.of(qualifiedName));
        return known.get(qualifiedName);
    }
}
