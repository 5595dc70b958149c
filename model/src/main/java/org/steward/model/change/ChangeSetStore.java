package org.steward.model.change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steward.model.audit.AuditEntry;
import org.steward.model.audit.AuditLog;
import org.steward.model.identity.NotPermittedException;
import org.steward.model.identity.Permission;
import org.steward.model.identity.UserDirectory;
import org.steward.model.workspace.Database;
import org.steward.model.workspace.WorkspaceException;

/**
 * Proposed changes and the change sets that group them. Every state change appends an audit event in the same
 * transaction. Listeners hear about each change on the calling thread.
 */
public final class ChangeSetStore {
    static final String CHANGE_COLUMNS =
            "c.id, c.change_set_id, c.entity_id, c.change_kind, c.before_value, c.after_value, c.author, c.state,"
                    + " c.created_at";

    private final Database database;
    private final AuditLog audit;
    private final UserDirectory users;
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public ChangeSetStore(Database database, AuditLog audit, UserDirectory users) {
        this.database = database;
        this.audit = audit;
        this.users = users;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** The author's open change set, created on first use. */
    public ChangeSet openChangeSet(String author) {
        return database.transaction(connection -> openChangeSet(connection, author));
    }

    private ChangeSet openChangeSet(Connection connection, String author) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, title, author, status, created_at FROM change_set WHERE author = ? AND status = 'OPEN'"
                        + " ORDER BY id LIMIT 1")) {
            query.setString(1, author);
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    return changeSet(rs);
                }
            }
        }
        Instant now = now();
        String title = "Edits by " + author;
        long id;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO change_set (title, author, status, created_at, updated_at) VALUES (?, ?, 'OPEN', ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, title);
            insert.setString(2, author);
            insert.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        audit.append(connection, author, "changeset.opened", "change set " + id, title);
        return new ChangeSet(id, title, author, ChangeSetStatus.OPEN, now);
    }

    /** Records {@code change} as pending in the author's open change set; the author needs the steward role. */
    public ProposedChange propose(Change change, String author) {
        return proposeAll(List.of(change), author).get(0);
    }

    /** Records several changes in one transaction (a bulk edit): all of them land, or none does. */
    public List<ProposedChange> proposeAll(List<? extends Change> batch, String author) {
        if (batch.isEmpty()) {
            return List.of();
        }
        List<ProposedChange> proposed;
        try {
            proposed = database.transaction(connection -> {
                users.require(connection, author, Permission.EDIT);
                ChangeSet set = openChangeSet(connection, author);
                List<ProposedChange> recorded = new ArrayList<>(batch.size());
                for (Change change : batch) {
                    recorded.add(insert(connection, set, change, author));
                }
                return recorded;
            });
        } catch (NotPermittedException e) {
            Change first = batch.get(0);
            audit.append(AuditEntry.refused(author, "change.proposed", "entity #" + first.entityId(),
                    e.getMessage() + " (" + first.summary() + (batch.size() > 1 ? " and " + (batch.size() - 1)
                            + " more" : "") + ")"));
            throw e;
        }
        fire();
        return proposed;
    }

    private ProposedChange insert(Connection connection, ChangeSet set, Change change, String author)
            throws SQLException {
        String subject = qualifiedName(connection, change.entityId());
        Instant now = now();
        long id;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO proposed_change (change_set_id, entity_id, change_kind, before_value, after_value,"
                        + " author, state, created_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, set.id());
            insert.setLong(2, change.entityId());
            insert.setString(3, change.kind().name());
            insert.setString(4, ChangeCodec.before(change));
            insert.setString(5, ChangeCodec.after(change));
            insert.setString(6, author);
            insert.setObject(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        audit.append(connection, new AuditEntry(author, "change.proposed", subject,
                "change " + id + " in change set " + set.id() + ": " + change.summary(),
                ChangeCodec.before(change), ChangeCodec.after(change), AuditEntry.OK));
        return new ProposedChange(id, set.id(), change, author, ChangeState.PENDING, now);
    }

    /** Withdraws several pending changes in one transaction (undo of a bulk edit). */
    public void withdrawAll(List<Long> changeIds, String actor) {
        transitionAll(changeIds, actor, ChangeState.PENDING, ChangeState.WITHDRAWN, "change.withdrawn");
    }

    /** Reinstates several withdrawn changes in one transaction (redo of a bulk edit). */
    public void reinstateAll(List<Long> changeIds, String actor) {
        transitionAll(changeIds, actor, ChangeState.WITHDRAWN, ChangeState.PENDING, "change.reinstated");
    }

    /** Takes a pending change back (undo); it stays on record as withdrawn. */
    public void withdraw(long changeId, String actor) {
        transitionAll(List.of(changeId), actor, ChangeState.PENDING, ChangeState.WITHDRAWN, "change.withdrawn");
    }

    /** Makes a withdrawn change pending again (redo). */
    public void reinstate(long changeId, String actor) {
        transitionAll(List.of(changeId), actor, ChangeState.WITHDRAWN, ChangeState.PENDING, "change.reinstated");
    }

    private void transitionAll(List<Long> changeIds, String actor, ChangeState from, ChangeState to, String action) {
        database.transaction(connection -> {
            for (long changeId : changeIds) {
                ProposedChange change = find(connection, changeId)
                        .orElseThrow(() -> new WorkspaceException("There is no change " + changeId + "."));
                if (!change.author().equals(actor)) {
                    throw new NotPermittedException("Change " + changeId + " was proposed by " + change.author()
                            + "; only they can take it back or restore it.");
                }
                ChangeSetStatus status = status(connection, change.changeSetId());
                if (status != ChangeSetStatus.OPEN) {
                    throw new NotPermittedException("Change " + changeId + " is in change set "
                            + change.changeSetId() + ", which is " + status.label()
                            + "; only changes of an open change set can be undone.");
                }
                if (change.state() != from) {
                    throw new WorkspaceException("Change " + changeId + " is " + change.state().name().toLowerCase()
                            + ", not " + from.name().toLowerCase() + ".");
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE proposed_change SET state = ? WHERE id = ?")) {
                    update.setString(1, to.name());
                    update.setLong(2, changeId);
                    update.executeUpdate();
                }
                audit.append(connection, actor, action, qualifiedName(connection, change.change().entityId()),
                        "change " + changeId + ": " + change.change().summary());
            }
            return null;
        });
        fire();
    }

    static ChangeSetStatus status(Connection connection, long setId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT status FROM change_set WHERE id = ?")) {
            query.setLong(1, setId);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new WorkspaceException("There is no change set " + setId + ".");
                }
                return ChangeSetStatus.valueOf(rs.getString(1));
            }
        }
    }

    public Optional<ProposedChange> find(long changeId) {
        return database.read(connection -> find(connection, changeId));
    }

    private Optional<ProposedChange> find(Connection connection, long changeId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + CHANGE_COLUMNS + " FROM proposed_change c WHERE c.id = ?")) {
            query.setLong(1, changeId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(change(rs)) : Optional.empty();
            }
        }
    }

    /** Pending changes of these entities, oldest first, grouped by entity. */
    public Map<Long, List<ProposedChange>> pendingFor(Collection<Long> entityIds) {
        if (entityIds.isEmpty()) {
            return Map.of();
        }
        return database.read(connection -> {
            Map<Long, List<ProposedChange>> result = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + CHANGE_COLUMNS
                    + " FROM proposed_change c WHERE c.state = 'PENDING' AND c.entity_id = ANY(?) ORDER BY c.id")) {
                query.setArray(1, connection.createArrayOf("BIGINT", entityIds.toArray()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        ProposedChange change = change(rs);
                        result.computeIfAbsent(change.change().entityId(), k -> new ArrayList<>()).add(change);
                    }
                }
            }
            return result;
        });
    }

    public List<ProposedChange> pendingFor(long entityId) {
        return pendingFor(List.of(entityId)).getOrDefault(entityId, List.of());
    }

    /** Every pending change, oldest first. */
    public List<ProposedChange> pending() {
        return database.read(connection -> {
            List<ProposedChange> result = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + CHANGE_COLUMNS
                    + " FROM proposed_change c WHERE c.state = 'PENDING' ORDER BY c.id");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    result.add(change(rs));
                }
            }
            return result;
        });
    }

    public long pendingCount() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM proposed_change WHERE state = 'PENDING'");
                 ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
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

    static ProposedChange change(ResultSet rs) throws SQLException {
        Change change = ChangeCodec.decode(ChangeKind.valueOf(rs.getString(4)), rs.getLong(3), rs.getString(5),
                rs.getString(6));
        return new ProposedChange(rs.getLong(1), rs.getLong(2), change, rs.getString(7),
                ChangeState.valueOf(rs.getString(8)), rs.getObject(9, OffsetDateTime.class).toInstant());
    }

    private static ChangeSet changeSet(ResultSet rs) throws SQLException {
        return new ChangeSet(rs.getLong(1), rs.getString(2), rs.getString(3),
                ChangeSetStatus.valueOf(rs.getString(4)), rs.getObject(5, OffsetDateTime.class).toInstant());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    void fire() {
        listeners.forEach(Runnable::run);
    }

    /** Tells listeners that changes moved outside this store, e.g. a push applied them. */
    public void fireChanged() {
        fire();
    }
}
