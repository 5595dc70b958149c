package org.steward.model.workspace;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.EntityRecordMerge;
import org.steward.model.ingest.IngestException;

/**
 * Inserts new entities and rewrites changed ones (with their attributes and glossary terms) in JDBC batches of
 * {@value #BATCH}; an entity whose content hash is unchanged writes nothing. An entity an earlier batch of the same
 * import wrote, or that an incremental source (OpenLineage) describes again, is merged with what is stored
 * ({@link EntityRecordMerge}) rather than replaced.
 */
final class EntityWriter {
    private static final int BATCH = 1_000;

    private final IngestContext context;

    EntityWriter(IngestContext context) {
        this.context = context;
    }

    /** @param partial the batch's records describe their entities in part (see {@link CatalogBatch#partial()}) */
    void write(String origin, List<EntityRecord> entities, boolean partial, long total) throws SQLException {
        Set<String> owners = context.existing("SELECT owner_id FROM owner");
        Set<String> terms = context.existing("SELECT qualified_name FROM glossary_term");
        try (PreparedStatement insert = context.connection.prepareStatement(
                "INSERT INTO entity (entity_type, subtype, qualified_name, name, source_name, database_name,"
                        + " schema_name, parent_id, description, owner_id, data_type, position, sample_values,"
                        + " origin, content_hash, updated_at, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement update = context.connection.prepareStatement(
                "UPDATE entity SET entity_type=?, subtype=?, qualified_name=?, name=?, source_name=?,"
                        + " database_name=?, schema_name=?, parent_id=?, description=?, owner_id=?, data_type=?,"
                        + " position=?, sample_values=?, origin=?, content_hash=?, updated_at=? WHERE id=?");
             PreparedStatement clearAttributes = context.connection.prepareStatement(
                "DELETE FROM entity_attribute WHERE entity_id = ?");
             PreparedStatement addAttribute = context.connection.prepareStatement(
                "INSERT INTO entity_attribute (entity_id, attr_key, attr_value) VALUES (?, ?, ?)");
             PreparedStatement clearTerms = context.connection.prepareStatement(
                "DELETE FROM entity_term WHERE entity_id = ?");
             PreparedStatement addTerm = context.connection.prepareStatement(
                "INSERT INTO entity_term (entity_id, term) VALUES (?, ?)")) {
            OffsetDateTime now = OffsetDateTime.now();
            int done = 0;
            int pending = 0;
            for (EntityRecord stated : entities) {
                KnownEntity current = context.lookup(stated.qualifiedName());
                String statedHash = EntityContentHash.of(stated);
                EntityRecord record = stated;
                String hash = statedHash;
                if (current != null && !current.contentHash().equals(statedHash)
                        && (partial || context.before.containsKey(stated.qualifiedName()))) {
                    record = addedToStored(current, stated);
                    hash = EntityContentHash.of(record);
                }
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
                    id = context.newId();
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
                    context.before.putIfAbsent(record.qualifiedName(), hash);
                    done++;
                    continue;
                }
                context.before.putIfAbsent(record.qualifiedName(), current == null ? "" : current.contentHash());
                context.known.put(record.qualifiedName(), new KnownEntity(id, record.type(), hash, parentId));
                context.touch(id, parentId);
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
                    context.monitor.checkCancelled();
                    context.monitor.progress(done, total, "Importing entities");
                }
                done++;
            }
            flush(insert, update, clearAttributes, addAttribute, clearTerms, addTerm);
        }
    }

    /**
     * What this batch says, added to what is stored: for an entity an earlier batch of this import wrote (as it would
     * have been within one batch, so a large file that describes a dataset in full early and in passing later keeps
     * it whole), and for any entity of an incremental source (a later import of OpenLineage events).
     */
    private EntityRecord addedToStored(KnownEntity current, EntityRecord later) throws SQLException {
        return StoredEntityRecord.read(context.connection, current.id())
                .map(earlier -> EntityRecordMerge.merge(earlier, later)).orElse(later);
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

    private static void bindEntity(PreparedStatement statement, EntityRecord record, Long parentId, String origin,
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
        KnownEntity parent = context.lookup(record.parentQualifiedName());
        if (parent == null) {
            throw new IngestException("entity " + record.qualifiedName() + " belongs to "
                    + record.parentQualifiedName() + ", which is neither in the import nor in the workspace");
        }
        return parent.id();
    }
}
