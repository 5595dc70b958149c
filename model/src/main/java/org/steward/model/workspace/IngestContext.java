package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.steward.model.ingest.IngestException;
import org.steward.model.task.ProgressMonitor;

/**
 * What the writers of one import share: the transaction's connection, the entities known by qualified name, the
 * next free entity id, the entities whose search documents must be refreshed, and each entity's content hash
 * before the import (to count net effects).
 */
final class IngestContext {
    final Connection connection;
    final ProgressMonitor monitor;
    final EntityLookup known;
    final Set<Long> touched = new HashSet<>();
    /** Entities touched since {@link #drainRecentlyTouched()} was last called. */
    private Set<Long> recentlyTouched = new HashSet<>();
    /** Content hash each entity had before this import ("" for entities it creates). */
    final Map<String, String> before = new HashMap<>();
    final boolean emptyWorkspace;
    final long firstNewId;
    private long nextId;

    private IngestContext(Connection connection, ProgressMonitor monitor, long firstNewId) {
        this.connection = connection;
        this.monitor = monitor;
        this.firstNewId = firstNewId;
        this.nextId = firstNewId;
        this.emptyWorkspace = firstNewId == 1;
        this.known = new EntityLookup(connection, emptyWorkspace);
    }

    static IngestContext start(Connection connection, ProgressMonitor monitor) throws SQLException {
        try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM entity");
             ResultSet rs = max.executeQuery()) {
            rs.next();
            return new IngestContext(connection, monitor, rs.getLong(1) + 1);
        }
    }

    long newId() {
        return nextId++;
    }

    /** The entity, or {@code null} when neither this import nor the workspace has it. */
    KnownEntity lookup(String qualifiedName) throws SQLException {
        return known.lookup(qualifiedName);
    }

    /** The entity a record refers to; an {@link IngestException} naming {@code what} when there is none. */
    KnownEntity require(String qualifiedName, String what) throws SQLException {
        KnownEntity entity = lookup(qualifiedName);
        if (entity == null) {
            throw new IngestException(what + " refers to " + qualifiedName
                    + ", which is neither in the import nor in the workspace");
        }
        return entity;
    }

    /** Marks an entity (and its dataset, for a column) for a search-document refresh. */
    void touch(long id, Long parentId) {
        touched.add(id);
        recentlyTouched.add(id);
        if (parentId != null) {
            touched.add(parentId);
            recentlyTouched.add(parentId);
        }
    }

    Set<Long> drainRecentlyTouched() {
        Set<Long> drained = recentlyTouched;
        recentlyTouched = new HashSet<>();
        return drained;
    }

    Set<String> existing(String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
