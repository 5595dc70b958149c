package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.steward.model.audit.AuditEntry;
import org.steward.model.audit.AuditLog;
import org.steward.model.change.AttributeChange;
import org.steward.model.change.Change;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.change.ClassificationRemoved;
import org.steward.model.change.DescriptionChange;
import org.steward.model.change.GlossaryTermsChange;
import org.steward.model.change.LineageEdgeAdded;
import org.steward.model.change.LineageEdgeRemoved;
import org.steward.model.change.LocalApply;
import org.steward.model.change.OwnerChange;
import org.steward.model.change.ProcessAdded;
import org.steward.model.change.ProcessRemoved;
import org.steward.model.ingest.EntityRecord;

/**
 * Writes a pushed change into the catalog tables, marks it applied and audits it with the stored value before and
 * after. An entity whose stored content hash matched its row keeps matching, so pulling the same remote state
 * again finds nothing to update.
 */
final class CatalogApply implements LocalApply {
    static final String SOURCE = "push";

    private final AuditLog audit;
    private final BiConsumer<Set<Long>, String> committed;

    /** @param committed refreshes the search index, lineage and propagated labels after the transaction */
    CatalogApply(AuditLog audit, BiConsumer<Set<Long>, String> committed) {
        this.audit = audit;
        this.committed = committed;
    }

    @Override
    public Set<Long> apply(Connection connection, long changeId, Change change, String actor) throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement(
                "UPDATE proposed_change SET state = 'APPLIED' WHERE id = ? AND state = 'PENDING'")) {
            mark.setLong(1, changeId);
            if (mark.executeUpdate() == 0) {
                return Set.of();
            }
        }
        Set<Long> touched = new LinkedHashSet<>();
        long entityId = change.entityId();
        Optional<String> hashBefore = hashed(change) ? matchingHash(connection, entityId) : Optional.empty();
        String subject = qualifiedName(connection, entityId);
        String before = describe(connection, change);
        write(connection, change, touched);
        String after = describe(connection, change);
        if (hashBefore.isPresent()) {
            rehash(connection, entityId);
        }
        audit.append(connection, new AuditEntry(actor, "change.applied", subject,
                "change " + changeId + " is now the catalog's state: " + change.summary(),
                before, after, AuditEntry.OK));
        long generation = Long.parseLong(Workspace.WorkspaceInfo.get(connection, Workspace.GENERATION).orElse("0"));
        Workspace.WorkspaceInfo.put(connection, Workspace.GENERATION, Long.toString(generation + 1));
        return touched;
    }

    @Override
    public void committed(Set<Long> touchedEntities, String actor) {
        committed.accept(touchedEntities, actor);
    }

    private void write(Connection connection, Change change, Set<Long> touched) throws SQLException {
        touched.add(change.entityId());
        if (change instanceof DescriptionChange description) {
            update(connection, "UPDATE entity SET description = ?, updated_at = ? WHERE id = ?",
                    description.after(), description.entityId());
        } else if (change instanceof OwnerChange owner) {
            writeOwner(connection, owner);
        } else if (change instanceof GlossaryTermsChange terms) {
            writeTerms(connection, terms);
        } else if (change instanceof AttributeChange attribute) {
            writeAttribute(connection, attribute);
        } else if (change instanceof ClassificationAdded added) {
            removeDirect(connection, added.entityId(), added.classification());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO classification_assignment"
                    + " (entity_id, classification, origin_id, propagate, source, valid_from, valid_to, attributes)"
                    + " SELECT id, ?, NULL, ?, ?, ?, ?, ? FROM entity WHERE id = ?")) {
                insert.setString(1, added.classification());
                insert.setBoolean(2, added.propagate());
                insert.setString(3, SOURCE);
                insert.setObject(4, added.validFrom(), Types.DATE);
                insert.setObject(5, added.validTo(), Types.DATE);
                insert.setString(6, LabelAttributes.encode(added.attributes()));
                insert.setLong(7, added.entityId());
                insert.executeUpdate();
            }
        } else if (change instanceof ClassificationRemoved removed) {
            removeDirect(connection, removed.entityId(), removed.classification());
        } else if (change instanceof LineageEdgeAdded edge) {
            addEdge(connection, edge.fromId(), edge.toId(), edge.viaProcessId());
            touched.add(edge.toId());
        } else if (change instanceof LineageEdgeRemoved edge) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM lineage_edge WHERE from_id = ? AND to_id = ?")) {
                delete.setLong(1, edge.fromId());
                delete.setLong(2, edge.toId());
                delete.executeUpdate();
            }
            touched.add(edge.toId());
        } else if (change instanceof ProcessAdded process) {
            long processId = addProcess(connection, process);
            touched.add(processId);
            for (long input : process.inputIds()) {
                addEdge(connection, input, processId, null);
                touched.add(input);
            }
            for (long output : process.outputIds()) {
                addEdge(connection, processId, output, null);
                touched.add(output);
            }
        } else if (change instanceof ProcessRemoved process) {
            touched.addAll(neighbours(connection, process.processId()));
            // The entity row stays (as Atlas keeps a deleted entity): deleting it would take the change history
            // recorded against it, this change included, with it.
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM lineage_edge WHERE from_id = ? OR to_id = ? OR via_process_id = ?")) {
                delete.setLong(1, process.processId());
                delete.setLong(2, process.processId());
                delete.setLong(3, process.processId());
                delete.executeUpdate();
            }
        }
    }

    private static void writeOwner(Connection connection, OwnerChange owner) throws SQLException {
        String after = owner.after().strip();
        if (!after.isEmpty()) {
            try (PreparedStatement define = connection.prepareStatement("INSERT INTO owner (owner_id, display_name)"
                    + " SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM owner WHERE owner_id = ?)")) {
                define.setString(1, after);
                define.setString(2, after);
                define.setString(3, after);
                define.executeUpdate();
            }
        }
        update(connection, "UPDATE entity SET owner_id = ?, updated_at = ? WHERE id = ?",
                after.isEmpty() ? null : after, owner.entityId());
    }

    private static void writeTerms(Connection connection, GlossaryTermsChange terms) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM entity_term WHERE entity_id = ? AND term = ?")) {
            for (String term : terms.removed()) {
                delete.setLong(1, terms.entityId());
                delete.setString(2, term);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement define = connection.prepareStatement("INSERT INTO glossary_term (qualified_name, name)"
                + " SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM glossary_term WHERE qualified_name = ?)");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO entity_term (entity_id, term)"
                     + " SELECT id, ? FROM entity WHERE id = ? AND NOT EXISTS"
                     + " (SELECT 1 FROM entity_term WHERE entity_id = ? AND term = ?)")) {
            for (String term : terms.added()) {
                define.setString(1, term);
                define.setString(2, termName(term));
                define.setString(3, term);
                define.executeUpdate();
                insert.setString(1, term);
                insert.setLong(2, terms.entityId());
                insert.setLong(3, terms.entityId());
                insert.setString(4, term);
                insert.executeUpdate();
            }
        }
    }

    private static void writeAttribute(Connection connection, AttributeChange attribute) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM entity_attribute WHERE entity_id = ? AND attr_key = ?")) {
            delete.setLong(1, attribute.entityId());
            delete.setString(2, attribute.key());
            delete.executeUpdate();
        }
        if (!attribute.after().isBlank()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entity_attribute"
                    + " (entity_id, attr_key, attr_value) SELECT id, ?, ? FROM entity WHERE id = ?")) {
                insert.setString(1, attribute.key());
                insert.setString(2, attribute.after());
                insert.setLong(3, attribute.entityId());
                insert.executeUpdate();
            }
        }
    }

    private static void removeDirect(Connection connection, long entityId, String classification)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM classification_assignment"
                + " WHERE entity_id = ? AND classification = ? AND origin_id IS NULL")) {
            delete.setLong(1, entityId);
            delete.setString(2, classification);
            delete.executeUpdate();
        }
    }

    private static void addEdge(Connection connection, long fromId, long toId, Long viaProcessId)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lineage_edge"
                + " (from_id, to_id, edge_level, via_process_id, origin) SELECT f.id, t.id,"
                + " CASE WHEN f.entity_type = 'COLUMN' AND t.entity_type = 'COLUMN' THEN 'COLUMN' ELSE 'DATASET' END,"
                + " ?, ? FROM entity f, entity t WHERE f.id = ? AND t.id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM lineage_edge e WHERE e.from_id = f.id AND e.to_id = t.id)")) {
            insert.setObject(1, viaProcessId, Types.BIGINT);
            insert.setString(2, SOURCE);
            insert.setLong(3, fromId);
            insert.setLong(4, toId);
            insert.executeUpdate();
        }
    }

    /** The process entity, created on first application (or found, when a pull already brought it). */
    private static long addProcess(Connection connection, ProcessAdded process) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM entity WHERE qualified_name = ?")) {
            query.setString(1, process.qualifiedName());
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        long id;
        try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM entity");
             ResultSet rs = max.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entity (id, entity_type, subtype,"
                + " qualified_name, name, source_name, database_name, schema_name, origin, updated_at)"
                + " SELECT ?, 'PROCESS', '', ?, ?, source_name, database_name, schema_name, ?, ? FROM entity"
                + " WHERE id = ?")) {
            insert.setLong(1, id);
            insert.setString(2, process.qualifiedName());
            insert.setString(3, process.name());
            insert.setString(4, SOURCE);
            insert.setObject(5, now());
            insert.setLong(6, process.entityId());
            if (insert.executeUpdate() == 0) {
                return id;
            }
        }
        rehash(connection, id);
        return id;
    }

    private static List<Long> neighbours(Connection connection, long processId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT from_id FROM lineage_edge WHERE to_id = ?"
                + " UNION SELECT to_id FROM lineage_edge WHERE from_id = ?")) {
            query.setLong(1, processId);
            query.setLong(2, processId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** What the change touches as stored now, for the audit row; blank when it is not there. */
    private static String describe(Connection connection, Change change) throws SQLException {
        if (change instanceof DescriptionChange || change instanceof OwnerChange
                || change instanceof GlossaryTermsChange || change instanceof AttributeChange) {
            Optional<EntityRecord> record = StoredEntityRecord.read(connection, change.entityId());
            if (record.isEmpty()) {
                return "";
            }
            EntityRecord stored = record.get();
            if (change instanceof DescriptionChange) {
                return stored.description();
            } else if (change instanceof OwnerChange) {
                return stored.owner();
            } else if (change instanceof GlossaryTermsChange) {
                return String.join("\n", stored.glossaryTerms());
            }
            return stored.attributes().getOrDefault(((AttributeChange) change).key(), "");
        } else if (change instanceof ClassificationAdded || change instanceof ClassificationRemoved) {
            return directLabels(connection, change.entityId());
        }
        return lineageOf(connection, change);
    }

    private static String lineageOf(Connection connection, Change change) throws SQLException {
        List<String> edges = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT f.qualified_name, t.qualified_name"
                + " FROM lineage_edge e JOIN entity f ON f.id = e.from_id JOIN entity t ON t.id = e.to_id"
                + " WHERE e.from_id = ? OR e.to_id = ? ORDER BY e.id")) {
            query.setLong(1, change.entityId());
            query.setLong(2, change.entityId());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    edges.add(rs.getString(1) + " → " + rs.getString(2));
                }
            }
        }
        return String.join("\n", edges);
    }

    private static String directLabels(Connection connection, long entityId) throws SQLException {
        List<String> labels = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT classification, propagate FROM"
                + " classification_assignment WHERE entity_id = ? AND origin_id IS NULL ORDER BY classification")) {
            query.setLong(1, entityId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    labels.add(rs.getString(1) + (rs.getBoolean(2) ? "" : " (not propagated)"));
                }
            }
        }
        return String.join("\n", labels);
    }

    /** Whether the change touches what {@link EntityContentHash} digests (labels and lineage are not in it). */
    private static boolean hashed(Change change) {
        return change instanceof DescriptionChange || change instanceof OwnerChange
                || change instanceof GlossaryTermsChange || change instanceof AttributeChange;
    }

    /** The entity's stored hash when it is the hash of its row, i.e. when the ingestor would find it unchanged. */
    private static Optional<String> matchingHash(Connection connection, long entityId) throws SQLException {
        String stored;
        try (PreparedStatement query = connection.prepareStatement("SELECT content_hash FROM entity WHERE id = ?")) {
            query.setLong(1, entityId);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                stored = rs.getString(1);
            }
        }
        Optional<EntityRecord> record = StoredEntityRecord.read(connection, entityId);
        return record.map(EntityContentHash::of).filter(stored::equals);
    }

    private static void rehash(Connection connection, long entityId) throws SQLException {
        Optional<EntityRecord> record = StoredEntityRecord.read(connection, entityId);
        if (record.isPresent()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE entity SET content_hash = ? WHERE id = ?")) {
                update.setString(1, EntityContentHash.of(record.get()));
                update.setLong(2, entityId);
                update.executeUpdate();
            }
        }
    }

    private static void update(Connection connection, String sql, String value, long entityId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, value);
            update.setObject(2, now());
            update.setLong(3, entityId);
            update.executeUpdate();
        }
    }

    private static String qualifiedName(Connection connection, long entityId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT qualified_name FROM entity WHERE id = ?")) {
            query.setLong(1, entityId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : "#" + entityId;
            }
        }
    }

    private static String termName(String qualifiedName) {
        int at = qualifiedName.indexOf('@');
        String name = at > 0 ? qualifiedName.substring(0, at) : qualifiedName;
        int dot = name.lastIndexOf('.');
        return dot >= 0 && dot < name.length() - 1 ? name.substring(dot + 1) : name;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
