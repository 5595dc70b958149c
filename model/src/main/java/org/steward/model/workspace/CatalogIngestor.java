package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.ClassificationDefinitionRecord;
import org.steward.model.ingest.ClassificationRecord;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.GlossaryTermRecord;
import org.steward.model.ingest.IngestException;
import org.steward.model.ingest.LineageEdgeRecord;
import org.steward.model.ingest.OwnerRecord;
import org.steward.model.task.ProgressMonitor;

/**
 * The one ingestion path: merges a {@link CatalogBatch} into the workspace inside the caller's transaction.
 * Entities are matched by qualified name; an unchanged record (same content hash) writes nothing.
 */
final class CatalogIngestor {
    private static final int BATCH = 1_000;

    private final Connection connection;
    private final ProgressMonitor monitor;
    private EntityLookup known;
    private final Set<Long> touched = new HashSet<>();
    private final Set<Long> edges = new HashSet<>();
    private final Set<String> assignments = new HashSet<>();
    private final ExistingLinks links;
    /** Content hash each entity had before this import ("" for entities it creates), to count net effects. */
    private final Map<String, String> before = new HashMap<>();
    private boolean emptyWorkspace;
    private long firstNewId;
    private boolean started;
    private long nextId;
    private int edgesAdded;
    private int classificationsAdded;

    CatalogIngestor(Connection connection, ProgressMonitor monitor) {
        this.connection = connection;
        this.monitor = monitor;
        this.links = new ExistingLinks(connection);
    }

    /** Entity ids whose search documents must be refreshed. */
    Set<Long> touchedEntities() {
        return touched;
    }

    /** Entities this import created. */
    int inserted() {
        return (int) before.values().stream().filter(String::isEmpty).count();
    }

    /** Entities that existed before and differ at the end, however often a batch rewrote them on the way. */
    int updated() {
        return (int) before.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty()
                        && !entry.getValue().equals(known.known(entry.getKey()).contentHash()))
                .count();
    }

    int unchanged() {
        return before.size() - inserted() - updated();
    }

    int edgesAdded() { return edgesAdded; }
    int classificationsAdded() { return classificationsAdded; }

    /**
     * Merges one batch. Call it for every batch of one import with the same ingestor: entities of earlier batches
     * are then known without asking the database, and an import into an empty workspace asks it nothing.
     */
    void ingest(CatalogBatch batch) throws SQLException {
        if (!started) {
            try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM entity");
                 ResultSet rs = max.executeQuery()) {
                rs.next();
                nextId = rs.getLong(1) + 1;
                emptyWorkspace = nextId == 1;
                firstNewId = nextId;
                known = new EntityLookup(connection, emptyWorkspace);
            }
            started = true;
        }
        long total = batch.entities().size() + batch.lineage().size() + batch.classifications().size();
        monitor.progress(0, total, "Importing " + batch.origin());
        if (!emptyWorkspace) {
            known.prefetch(namesIn(batch));
        }
        mergeOwners(batch.owners());
        mergeGlossaryTerms(batch.glossaryTerms());
        mergeClassificationDefinitions(batch.classificationDefinitions());
        mergeEntities(batch.origin(), batch.entities(), total);
        addClassifications(batch.classifications());
        addLineage(batch.origin(), batch.lineage(), total);
    }

    private void mergeOwners(List<OwnerRecord> owners) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO owner (owner_id, display_name, email, team) KEY (owner_id) VALUES (?, ?, ?, ?)")) {
            for (OwnerRecord owner : owners) {
                merge.setString(1, owner.id());
                merge.setString(2, owner.displayName());
                merge.setString(3, owner.email());
                merge.setString(4, owner.team());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    private void mergeGlossaryTerms(List<GlossaryTermRecord> terms) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO glossary_term (qualified_name, name, description) KEY (qualified_name) VALUES (?, ?, ?)")) {
            for (GlossaryTermRecord term : terms) {
                merge.setString(1, term.qualifiedName());
                merge.setString(2, term.name());
                merge.setString(3, term.description());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    private void mergeClassificationDefinitions(List<ClassificationDefinitionRecord> definitions)
            throws SQLException {
        // A source that does not say (empty parent or description, sensitivity 0) keeps what the workspace's
        // taxonomy already has: Atlas classification defs carry no sensitivity.
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO classification_def (name, parent, description, sensitivity, attribute_names) KEY (name)"
                        + " VALUES (?,"
                        + " COALESCE(NULLIF(?, ''), (SELECT parent FROM classification_def WHERE name = ?), ''),"
                        + " COALESCE(NULLIF(?, ''), (SELECT description FROM classification_def WHERE name = ?), ''),"
                        + " COALESCE(NULLIF(?, 0), (SELECT sensitivity FROM classification_def WHERE name = ?), 0),"
                        + " COALESCE(NULLIF(?, ''), (SELECT attribute_names FROM classification_def WHERE name = ?),"
                        + " ''))")) {
            for (ClassificationDefinitionRecord definition : definitions) {
                merge.setString(1, definition.name());
                merge.setString(2, definition.parent());
                merge.setString(3, definition.name());
                merge.setString(4, definition.description());
                merge.setString(5, definition.name());
                merge.setInt(6, definition.sensitivity());
                merge.setString(7, definition.name());
                merge.setString(8, String.join("\n", definition.attributes()));
                merge.setString(9, definition.name());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    private void mergeEntities(String origin, List<EntityRecord> entities, long total) throws SQLException {
        Set<String> owners = existing("SELECT owner_id FROM owner");
        Set<String> terms = existing("SELECT qualified_name FROM glossary_term");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO entity (entity_type, subtype, qualified_name, name, source_name, database_name,"
                        + " schema_name, parent_id, description, owner_id, data_type, position, sample_values,"
                        + " origin, content_hash, updated_at, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement update = connection.prepareStatement(
                "UPDATE entity SET entity_type=?, subtype=?, qualified_name=?, name=?, source_name=?,"
                        + " database_name=?, schema_name=?, parent_id=?, description=?, owner_id=?, data_type=?,"
                        + " position=?, sample_values=?, origin=?, content_hash=?, updated_at=? WHERE id=?");
             PreparedStatement clearAttributes = connection.prepareStatement(
                "DELETE FROM entity_attribute WHERE entity_id = ?");
             PreparedStatement addAttribute = connection.prepareStatement(
                "INSERT INTO entity_attribute (entity_id, attr_key, attr_value) VALUES (?, ?, ?)");
             PreparedStatement clearTerms = connection.prepareStatement("DELETE FROM entity_term WHERE entity_id = ?");
             PreparedStatement addTerm = connection.prepareStatement(
                "INSERT INTO entity_term (entity_id, term) VALUES (?, ?)")) {
            OffsetDateTime now = OffsetDateTime.now();
            int done = 0;
            int pending = 0;
            for (EntityRecord record : entities) {
                String hash = EntityContentHash.of(record);
                KnownEntity current = lookup(record.qualifiedName());
                Long parentId = parentId(record);
                if (!record.owner().isEmpty() && !owners.contains(record.owner())) {
                    throw new IngestException("entity " + record.qualifiedName() + " names owner '"
                            + record.owner() + "' that the import does not define");
                }
                for (String term : record.glossaryTerms()) {
                    if (!terms.contains(term)) {
                        throw new IngestException("entity " + record.qualifiedName() + " names glossary term '"
                                + term + "' that the import does not define");
                    }
                }
                long id;
                if (current == null) {
                    id = nextId++;
                    bindEntity(insert, record, parentId, origin, hash, now, id);
                    insert.addBatch();
                } else if (!current.contentHash().equals(hash)) {
                    id = current.id();
                    bindEntity(update, record, parentId, origin, hash, now, id);
                    update.addBatch();
                    clearAttributes.setLong(1, id);
                    clearAttributes.addBatch();
                    clearTerms.setLong(1, id);
                    clearTerms.addBatch();
                } else {
                    before.putIfAbsent(record.qualifiedName(), hash);
                    done++;
                    continue;
                }
                before.putIfAbsent(record.qualifiedName(), current == null ? "" : current.contentHash());
                known.put(record.qualifiedName(), new KnownEntity(id, record.type(), hash, parentId));
                touched.add(id);
                if (parentId != null) {
                    touched.add(parentId);
                }
                for (Map.Entry<String, String> attribute : record.attributes().entrySet()) {
                    addAttribute.setLong(1, id);
                    addAttribute.setString(2, attribute.getKey());
                    addAttribute.setString(3, attribute.getValue());
                    addAttribute.addBatch();
                }
                for (String term : record.glossaryTerms()) {
                    addTerm.setLong(1, id);
                    addTerm.setString(2, term);
                    addTerm.addBatch();
                }
                if (++pending >= BATCH) {
                    flush(insert, update, clearAttributes, addAttribute, clearTerms, addTerm);
                    pending = 0;
                    monitor.checkCancelled();
                    monitor.progress(done, total, "Importing entities");
                }
                done++;
            }
            flush(insert, update, clearAttributes, addAttribute, clearTerms, addTerm);
        }
    }

    private static void flush(PreparedStatement insert, PreparedStatement update, PreparedStatement clearAttributes,
                              PreparedStatement addAttribute, PreparedStatement clearTerms, PreparedStatement addTerm)
            throws SQLException {
        insert.executeBatch();
        update.executeBatch();
        clearAttributes.executeBatch();
        addAttribute.executeBatch();
        clearTerms.executeBatch();
        addTerm.executeBatch();
    }

    private void bindEntity(PreparedStatement statement, EntityRecord record, Long parentId, String origin,
                            String hash, OffsetDateTime now, long id) throws SQLException {
        statement.setString(1, record.type().name());
        statement.setString(2, record.subtype());
        statement.setString(3, record.qualifiedName());
        statement.setString(4, record.name());
        statement.setString(5, record.source());
        statement.setString(6, record.database());
        statement.setString(7, record.schema());
        if (parentId == null) {
            statement.setNull(8, Types.BIGINT);
        } else {
            statement.setLong(8, parentId);
        }
        statement.setString(9, record.description());
        if (record.owner().isEmpty()) {
            statement.setNull(10, Types.VARCHAR);
        } else {
            statement.setString(10, record.owner());
        }
        statement.setString(11, record.dataType());
        statement.setInt(12, record.position());
        statement.setString(13, SampleValues.join(record.sampleValues()));
        statement.setString(14, origin);
        statement.setString(15, hash);
        statement.setObject(16, now);
        statement.setLong(17, id);
    }

    private Long parentId(EntityRecord record) throws SQLException {
        if (record.parentQualifiedName() == null || record.parentQualifiedName().isBlank()) {
            if (record.type() == EntityType.COLUMN) {
                throw new IngestException("column " + record.qualifiedName() + " names no dataset it belongs to");
            }
            return null;
        }
        KnownEntity parent = lookup(record.parentQualifiedName());
        if (parent == null) {
            throw new IngestException("entity " + record.qualifiedName() + " belongs to "
                    + record.parentQualifiedName() + ", which is neither in the import nor in the workspace");
        }
        return parent.id();
    }

    /** The id of an entity this ingestion wrote or looked up, else looked up now; {@code null} if there is none. */
    Long entityId(String qualifiedName) throws SQLException {
        KnownEntity entity = lookup(qualifiedName);
        return entity == null ? null : entity.id();
    }

    private KnownEntity lookup(String qualifiedName) throws SQLException {
        return known.lookup(qualifiedName);
    }

    private static List<String> namesIn(CatalogBatch batch) {
        List<String> names = new ArrayList<>();
        for (EntityRecord record : batch.entities()) {
            names.add(record.qualifiedName());
            if (record.parentQualifiedName() != null) {
                names.add(record.parentQualifiedName());
            }
        }
        for (ClassificationRecord record : batch.classifications()) {
            names.add(record.entityQualifiedName());
            if (record.originQualifiedName() != null) {
                names.add(record.originQualifiedName());
            }
        }
        for (LineageEdgeRecord edge : batch.lineage()) {
            names.add(edge.fromQualifiedName());
            names.add(edge.toQualifiedName());
            if (edge.viaProcessQualifiedName() != null) {
                names.add(edge.viaProcessQualifiedName());
            }
        }
        return names;
    }

    private KnownEntity require(String qualifiedName, String what) throws SQLException {
        KnownEntity entity = lookup(qualifiedName);
        if (entity == null) {
            throw new IngestException(what + " refers to " + qualifiedName
                    + ", which is neither in the import nor in the workspace");
        }
        return entity;
    }

    private void addClassifications(List<ClassificationRecord> classifications) throws SQLException {
        Set<String> defined = existing("SELECT name FROM classification_def");
        if (!emptyWorkspace) {
            links.loadAssignments(classifications, this::lookup, firstNewId, assignments);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO classification_assignment (entity_id, classification, origin_id, propagate, source)"
                        + " VALUES (?, ?, ?, ?, 'import')");
             PreparedStatement define = connection.prepareStatement(
                "MERGE INTO classification_def (name, parent) KEY (name) VALUES (?, ?)")) {
            for (ClassificationRecord record : classifications) {
                String what = "classification " + record.classification() + " on " + record.entityQualifiedName();
                KnownEntity target = require(record.entityQualifiedName(), what);
                Long origin = record.originQualifiedName() == null ? null
                        : require(record.originQualifiedName(), what).id();
                if (!defined.contains(record.classification())) {
                    String name = record.classification();
                    int dot = name.lastIndexOf('.');
                    define.setString(1, name);
                    define.setString(2, dot < 0 ? "" : name.substring(0, dot));
                    define.executeUpdate();
                    defined.add(name);
                }
                if (assignments.add(ExistingLinks.assignmentKey(target.id(), record.classification(), origin))) {
                    insert.setLong(1, target.id());
                    insert.setString(2, record.classification());
                    insert.setObject(3, origin, Types.BIGINT);
                    insert.setBoolean(4, record.propagate());
                    insert.addBatch();
                    classificationsAdded++;
                    touched.add(target.id());
                    if (target.parentId() != null) {
                        touched.add(target.parentId());
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private void addLineage(String origin, List<LineageEdgeRecord> lineage, long total) throws SQLException {
        if (!emptyWorkspace) {
            links.loadEdges(lineage, this::lookup, firstNewId, edges);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO lineage_edge (from_id, to_id, edge_level, via_process_id, origin) VALUES (?,?,?,?,?)")) {
            int done = 0;
            for (LineageEdgeRecord edge : lineage) {
                String what = "lineage edge " + edge.fromQualifiedName() + " → " + edge.toQualifiedName();
                KnownEntity from = require(edge.fromQualifiedName(), what);
                KnownEntity to = require(edge.toQualifiedName(), what);
                if (from.id() == to.id()) {
                    throw new IngestException(what + " points from an entity to itself");
                }
                Long via = edge.viaProcessQualifiedName() == null ? null
                        : require(edge.viaProcessQualifiedName(), what).id();
                if (!edges.add(from.id() << 32 | to.id())) {
                    continue;
                }
                boolean columnLevel = from.type() == EntityType.COLUMN && to.type() == EntityType.COLUMN;
                insert.setLong(1, from.id());
                insert.setLong(2, to.id());
                insert.setString(3, columnLevel ? "COLUMN" : "DATASET");
                insert.setObject(4, via, Types.BIGINT);
                insert.setString(5, origin);
                insert.addBatch();
                edgesAdded++;
                if (++done % BATCH == 0) {
                    insert.executeBatch();
                    monitor.checkCancelled();
                    monitor.progress(total - lineage.size() + done, total, "Importing lineage");
                }
            }
            insert.executeBatch();
        }
    }

    private Set<String> existing(String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
