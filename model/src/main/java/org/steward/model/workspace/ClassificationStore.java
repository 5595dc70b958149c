package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.steward.model.audit.AuditLog;
import org.steward.model.catalog.Entity;
import org.steward.model.classification.Taxonomy;
import org.steward.model.classification.WorkspaceTaxonomy;
import org.steward.model.classification.suggest.RejectedSuggestion;
import org.steward.model.classification.suggest.ReviewColumn;
import org.steward.model.classification.propagation.DirectLabel;
import org.steward.model.classification.propagation.PropagatedLabel;
import org.steward.model.classification.propagation.PropagatedSet;
import org.steward.model.classification.propagation.PropagationRule;
import org.steward.model.classification.propagation.PropagationRules;
import org.steward.model.classification.propagation.RuleKind;
import org.steward.model.ingest.ClassificationDefinitionRecord;

/**
 * What a workspace keeps about classifying beyond the catalog itself: its taxonomy (the shipped one merged with
 * stored definitions and the users' own classifications), propagation rules, and rejected suggestions. Every write
 * is audited; listeners hear about it on the calling thread.
 */
public final class ClassificationStore {
    /** The source of propagated labels Steward computed, as opposed to ones an import brought. */
    public static final String PROPAGATION_SOURCE = "propagation";

    private final Database database;
    private final AuditLog audit;
    private final Taxonomy base;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    ClassificationStore(Database database, AuditLog audit, Taxonomy base) {
        this.database = database;
        this.audit = audit;
        this.base = base;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    public WorkspaceTaxonomy taxonomy() {
        return database.read(connection -> {
            List<ClassificationDefinitionRecord> stored = new ArrayList<>();
            Map<String, String> users = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT name, parent, description, sensitivity, attribute_names, defined_by FROM classification_def"
                            + " ORDER BY name");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String attributes = rs.getString(5);
                    stored.add(new ClassificationDefinitionRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getInt(4), attributes.isEmpty() ? List.of() : Arrays.asList(attributes.split("\n"))));
                    if (!rs.getString(6).isEmpty()) {
                        users.put(rs.getString(1), rs.getString(6));
                    }
                }
            }
            return WorkspaceTaxonomy.of(base, stored, users);
        });
    }

    /**
     * Adds a user's own classification. The name must be new (not in the taxonomy, not an alias), its parent
     * known or empty; attribute names are one word each.
     */
    public void define(ClassificationDefinitionRecord definition, String actor) {
        WorkspaceTaxonomy current = taxonomy();
        String name = definition.name().strip();
        List<String> problems = new ArrayList<>();
        if (current.taxonomy().contains(name)) {
            problems.add(name + " is already a classification");
        }
        if (name.contains("\n") || name.length() > 400) {
            problems.add("a classification name is one line of at most 400 characters");
        }
        if (!definition.parent().isEmpty() && !current.taxonomy().contains(definition.parent())) {
            problems.add("the parent " + definition.parent() + " is not a classification");
        }
        for (String attribute : definition.attributes()) {
            if (!attribute.matches("[\\p{L}_][\\p{L}\\p{N}_.-]*")) {
                problems.add("attribute name '" + attribute + "' must be one word (letters, digits, _ . -)");
            }
        }
        if (definition.sensitivity() < 0 || definition.sensitivity() > 4) {
            problems.add("sensitivity must lie between 0 and 4");
        }
        if (!problems.isEmpty()) {
            throw new WorkspaceException("Cannot add the classification: " + String.join("; ", problems) + ".");
        }
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO classification_def (name, parent, description, sensitivity, attribute_names,"
                            + " defined_by) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, definition.parent());
                insert.setString(3, definition.description());
                insert.setInt(4, definition.sensitivity());
                insert.setString(5, String.join("\n", definition.attributes()));
                insert.setString(6, actor);
                insert.executeUpdate();
            }
            audit.append(connection, actor, "classification.defined", name,
                    "parent " + (definition.parent().isEmpty() ? "(none)" : definition.parent())
                            + ", attributes " + definition.attributes());
            return null;
        });
        fire();
    }

    /** The direct (not propagated) labels as stored; one whose validity has ended propagates nothing. */
    public List<DirectLabel> directLabels() {
        return database.read(connection -> {
            List<DirectLabel> labels = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT DISTINCT entity_id, classification,"
                            + " propagate AND (valid_to IS NULL OR valid_to >= CURRENT_DATE)"
                            + " FROM classification_assignment"
                            + " WHERE origin_id IS NULL ORDER BY entity_id, classification");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    labels.add(new DirectLabel(rs.getLong(1), rs.getString(2), rs.getBoolean(3)));
                }
            }
            return labels;
        });
    }

    public PropagationRules rules() {
        return database.read(connection -> {
            List<PropagationRule> rules = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, rule_kind, entity_id, to_id, classification, note FROM propagation_rule ORDER BY id");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long to = rs.getLong(4);
                    Long toId = rs.wasNull() ? null : to;
                    rules.add(new PropagationRule(rs.getLong(1), RuleKind.valueOf(rs.getString(2)), rs.getLong(3),
                            toId, rs.getString(5), rs.getString(6)));
                }
            }
            return new PropagationRules(rules);
        });
    }

    /** Stores a rule; a process keeps one mark (anonymising or aggregating), the newest. */
    public PropagationRule addRule(PropagationRule rule, String actor) {
        PropagationRule stored = database.transaction(connection -> {
            String subject = qualifiedName(connection, rule.entityId());
            if (rule.kind().marksProcess()) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM propagation_rule WHERE entity_id = ? AND rule_kind IN ('ANONYMISING','AGGREGATING')")) {
                    delete.setLong(1, rule.entityId());
                    delete.executeUpdate();
                }
            }
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO propagation_rule (rule_kind, entity_id, to_id, classification, note, author,"
                            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
                insert.setString(1, rule.kind().name());
                insert.setLong(2, rule.entityId());
                insert.setObject(3, rule.toId(), Types.BIGINT);
                insert.setString(4, rule.classification());
                insert.setString(5, rule.note());
                insert.setString(6, actor);
                insert.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            audit.append(connection, actor, "propagation.rule.added", subject, describe(connection, rule));
            return new PropagationRule(id, rule.kind(), rule.entityId(), rule.toId(), rule.classification(),
                    rule.note());
        });
        fire();
        return stored;
    }

    /** Takes every rule off a process or an edge (the process or edge propagates normally again). */
    public void clearRules(long entityId, Long toId, String actor) {
        int removed = database.transaction(connection -> {
            String subject = qualifiedName(connection, entityId);
            int count;
            try (PreparedStatement delete = connection.prepareStatement(toId == null
                    ? "DELETE FROM propagation_rule WHERE entity_id = ? AND to_id IS NULL"
                    : "DELETE FROM propagation_rule WHERE entity_id = ? AND to_id = ?")) {
                delete.setLong(1, entityId);
                if (toId != null) {
                    delete.setLong(2, toId);
                }
                count = delete.executeUpdate();
            }
            if (count > 0) {
                audit.append(connection, actor, "propagation.rule.removed", subject,
                        count + " rule(s)" + (toId == null ? "" : " on the edge to " + qualifiedName(connection, toId)));
            }
            return count;
        });
        if (removed > 0) {
            fire();
        }
    }

    /** Remembers rejected suggestions, so they are not suggested again. */
    public void rejectSuggestions(List<RejectedSuggestion> rejections, String actor) {
        if (rejections.isEmpty()) {
            return;
        }
        database.transaction(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO rejected_suggestion (entity_id, classification, rejected_by, rejected_at)"
                            + " KEY (entity_id, classification) VALUES (?, ?, ?, ?)")) {
                for (RejectedSuggestion rejection : rejections) {
                    merge.setLong(1, rejection.entityId());
                    merge.setString(2, rejection.classification());
                    merge.setString(3, actor);
                    merge.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                    merge.addBatch();
                }
                merge.executeBatch();
            }
            for (RejectedSuggestion rejection : rejections) {
                audit.append(connection, actor, "suggestion.rejected", qualifiedName(connection,
                        rejection.entityId()), rejection.classification());
            }
            return null;
        });
        fire();
    }

    public Set<RejectedSuggestion> rejected() {
        return database.read(connection -> {
            Set<RejectedSuggestion> rejected = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT entity_id, classification FROM rejected_suggestion");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rejected.add(new RejectedSuggestion(rs.getLong(1), rs.getString(2)));
                }
            }
            return rejected;
        });
    }

    /** Columns without any classification, with their dataset and sample values, for the suggestion queue. */
    public List<ReviewColumn> unlabelledColumns() {
        return database.read(connection -> {
            List<ReviewColumn> columns = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT c.id, c.name, c.qualified_name, d.qualified_name, d.name, c.sample_values"
                            + " FROM entity c JOIN entity d ON d.id = c.parent_id WHERE c.entity_type = 'COLUMN'"
                            + " AND NOT EXISTS (SELECT 1 FROM classification_assignment a WHERE a.entity_id = c.id)"
                            + " ORDER BY d.qualified_name, c.position, c.name");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    columns.add(new ReviewColumn(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), SampleValues.split(rs.getString(6))));
                }
            }
            return columns;
        });
    }

    /**
     * Makes the stored propagated labels match {@code propagated} (computed from the stored direct labels once a
     * change set is applied): adds what is missing, deletes labels Steward propagated earlier that no longer hold.
     * Propagated labels an import brought (Atlas' own) are left alone. Returns how many rows were added and removed.
     */
    public int[] storePropagated(PropagatedSet propagated, String actor) {
        int[] counts = database.transaction(connection -> {
            Set<String> wanted = new HashSet<>();
            for (PropagatedLabel label : propagated.all()) {
                for (long origin : label.originIds()) {
                    wanted.add(label.entityId() + "/" + label.classification() + "/" + origin);
                }
            }
            Set<String> present = new HashSet<>();
            List<Long> stale = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, entity_id, classification, origin_id, source FROM classification_assignment"
                            + " WHERE origin_id IS NOT NULL");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getLong(2) + "/" + rs.getString(3) + "/" + rs.getLong(4);
                    present.add(key);
                    if (PROPAGATION_SOURCE.equals(rs.getString(5)) && !wanted.contains(key)) {
                        stale.add(rs.getLong(1));
                    }
                }
            }
            int added = 0;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO classification_assignment (entity_id, classification, origin_id, propagate, source)"
                            + " VALUES (?, ?, ?, TRUE, '" + PROPAGATION_SOURCE + "')")) {
                for (String key : wanted) {
                    if (!present.contains(key)) {
                        String[] parts = key.split("/", 3);
                        int last = key.lastIndexOf('/');
                        insert.setLong(1, Long.parseLong(parts[0]));
                        insert.setString(2, key.substring(parts[0].length() + 1, last));
                        insert.setLong(3, Long.parseLong(key.substring(last + 1)));
                        insert.addBatch();
                        added++;
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM classification_assignment WHERE id = ?")) {
                for (long id : stale) {
                    delete.setLong(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            if (added + stale.size() > 0) {
                audit.append(connection, actor, "classification.propagated", "workspace",
                        added + " propagated labels added, " + stale.size() + " withdrawn");
            }
            return new int[] {added, stale.size()};
        });
        fire();
        return counts;
    }

    /** The entities holding a label propagated from one of these origins. */
    public Set<Long> labelledFrom(Collection<Long> originIds) {
        if (originIds.isEmpty()) {
            return Set.of();
        }
        return database.read(connection -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT DISTINCT entity_id FROM classification_assignment WHERE origin_id = ANY(?)")) {
                query.setArray(1, connection.createArrayOf("BIGINT", originIds.toArray()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** The entities with these ids that exist, read in chunks. */
    public Map<Long, Entity> entities(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return database.read(connection -> {
            Map<Long, Entity> found = new HashMap<>();
            for (List<Long> chunk : LineageStore.chunks(ids)) {
                try (PreparedStatement query = connection.prepareStatement("SELECT " + CatalogStore.ENTITY_COLUMNS
                        + " FROM entity e WHERE e.id = ANY(?)")) {
                    query.setArray(1, connection.createArrayOf("BIGINT", chunk.toArray()));
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            Entity entity = CatalogStore.entity(rs);
                            found.put(entity.id(), entity);
                        }
                    }
                }
            }
            return found;
        });
    }

    private static String describe(Connection connection, PropagationRule rule) throws SQLException {
        String what = switch (rule.kind()) {
            case BLOCK_PROCESS -> "propagation blocked at this process";
            case BLOCK_EDGE -> "propagation blocked on the edge to " + qualifiedName(connection, rule.toId());
            case ANONYMISING -> "marked anonymising: propagation stops here";
            case AGGREGATING -> "marked aggregating: propagation stops here";
        };
        return what + (rule.classification().isEmpty() ? "" : " for " + rule.classification())
                + (rule.note().isEmpty() ? "" : " — " + rule.note());
    }

    private static String qualifiedName(Connection connection, long entityId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT qualified_name FROM entity WHERE id = ?")) {
            query.setLong(1, entityId);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new WorkspaceException("There is no entity " + entityId + " in this workspace.");
                }
                return rs.getString(1);
            }
        }
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
