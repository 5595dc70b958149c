package org.steward.model.push;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steward.model.audit.AuditEntry;
import org.steward.model.audit.AuditLog;
import org.steward.model.change.Change;
import org.steward.model.change.ChangeCodec;
import org.steward.model.change.ChangeKind;
import org.steward.model.change.ChangeSet;
import org.steward.model.change.ChangeSetStatus;
import org.steward.model.change.LocalApply;
import org.steward.model.workspace.Database;
import org.steward.model.workspace.WorkspaceException;

/**
 * The push state of every change of the change sets being pushed. Each transition commits with its audit event,
 * so what the log says happened is what the table holds, including after a crash.
 */
public final class PushStore {
    private static final String RECORD_COLUMNS = "p.change_id, p.change_set_id, c.entity_id, c.change_kind,"
            + " c.before_value, c.after_value, p.endpoint, p.state, p.attempts, p.last_error, p.remote_response,"
            + " p.base_value, p.mine_value, p.theirs_value, p.updated_at";
    private static final int MAX_TEXT = 8000;

    private final Database database;
    private final AuditLog audit;
    private final LocalApply local;

    /** @param local makes applied changes the local catalog's state, in the transaction that records them */
    public PushStore(Database database, AuditLog audit, LocalApply local) {
        this.database = database;
        this.audit = audit;
        this.local = local;
    }

    /** Change sets ready to push: approved, or partly failed by an earlier push. */
    public List<ChangeSet> pushable() {
        return database.read(connection -> {
            List<ChangeSet> sets = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, title, author, status, created_at"
                    + " FROM change_set WHERE status IN ('APPROVED', 'PARTLY_FAILED') ORDER BY id");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    sets.add(new ChangeSet(rs.getLong(1), rs.getString(2), rs.getString(3),
                            ChangeSetStatus.valueOf(rs.getString(4)),
                            rs.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
            return sets;
        });
    }

    /**
     * Queues the set's changes that have no push state yet (all of them the first time), after checking that the
     * set is approved; returns every push record of the set.
     */
    public List<PushRecord> queue(long changeSetId, String endpoint, String actor) {
        database.transaction(connection -> {
            ChangeSetStatus status = status(connection, changeSetId);
            if (status != ChangeSetStatus.APPROVED && status != ChangeSetStatus.PARTLY_FAILED) {
                throw new WorkspaceException("Change set " + changeSetId + " is " + status.name().toLowerCase()
                        + "; only approved change sets are pushed.");
            }
            int queued;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO push_state (change_id, change_set_id, endpoint, state, updated_at)"
                            + " SELECT c.id, c.change_set_id, ?, 'QUEUED', ? FROM proposed_change c"
                            + " WHERE c.change_set_id = ? AND c.state <> 'WITHDRAWN'"
                            + " AND NOT EXISTS (SELECT 1 FROM push_state p WHERE p.change_id = c.id)")) {
                insert.setString(1, endpoint);
                insert.setObject(2, now());
                insert.setLong(3, changeSetId);
                queued = insert.executeUpdate();
            }
            audit.append(connection, actor, "push.started", "change set " + changeSetId,
                    "to " + endpoint + (queued > 0 ? "; " + queued + " changes queued" : ""));
            return null;
        });
        return forSet(changeSetId);
    }

    public List<PushRecord> forSet(long changeSetId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + RECORD_COLUMNS
                    + " FROM push_state p JOIN proposed_change c ON c.id = p.change_id WHERE p.change_set_id = ?"
                    + " ORDER BY p.change_id")) {
                query.setLong(1, changeSetId);
                return records(query);
            }
        });
    }

    public Optional<PushRecord> find(long changeId) {
        return database.read(connection -> find(connection, changeId));
    }

    /** Every change waiting for the user: conflicted ones, oldest first. */
    public List<PushRecord> conflicted() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + RECORD_COLUMNS
                    + " FROM push_state p JOIN proposed_change c ON c.id = p.change_id WHERE p.state = 'CONFLICTED'"
                    + " ORDER BY p.change_id")) {
                return records(query);
            }
        });
    }

    /** How to address each of these entities on the endpoint's platform. */
    public Map<Long, EntityRef> entities(Collection<Long> ids, String endpoint) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return database.read(connection -> {
            Map<Long, EntityRef> refs = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, qualified_name, subtype, entity_type FROM entity WHERE id = ANY(?)")) {
                query.setArray(1, connection.createArrayOf("BIGINT", ids.toArray()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        String type = rs.getString(3).isBlank() ? defaultType(rs.getString(4)) : rs.getString(3);
                        refs.put(rs.getLong(1), new EntityRef(rs.getLong(1), rs.getString(2), type, null,
                                null, null));
                    }
                }
            }
            RemoteBases.fill(connection, endpoint, refs);
            return refs;
        });
    }

    /** Records, durably and before any request goes out, that these changes are about to be sent. */
    public void markInFlight(List<Long> changeIds, String endpoint, String actor) {
        if (changeIds.isEmpty()) {
            return;
        }
        database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE push_state SET state = 'IN_FLIGHT',"
                    + " attempts = attempts + 1, updated_at = ? WHERE change_id = ?")) {
                for (long id : changeIds) {
                    update.setObject(1, now());
                    update.setLong(2, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
            audit.append(connection, actor, "push.sending", endpoint,
                    changeIds.size() + " changes: " + ids(changeIds));
            return null;
        });
    }

    /**
     * Stores what became of each change, each with its audit event: subject the entity, before and after the
     * change's values (for a conflict: Atlas' value and the proposed one), result applied, already applied,
     * failed or conflicted. In the same transaction, each applied (or already applied) change becomes the local
     * catalog's state, exactly once however often it is recorded; then what derives from the catalog is refreshed.
     */
    public void record(List<PushItem> items, Map<Long, PushOutcome> outcomes, String endpoint, String actor) {
        refresh(recordBatch(items, outcomes, endpoint, actor), actor);
    }

    /**
     * Like {@link #record}, leaving the refresh of the search index, lineage and propagated labels to
     * {@link #refresh}, which a push calls once at its end.
     *
     * @return the entities whose catalog state the applied changes moved
     */
    public Set<Long> recordBatch(List<PushItem> items, Map<Long, PushOutcome> outcomes, String endpoint,
                                 String actor) {
        if (outcomes.isEmpty()) {
            return Set.of();
        }
        Set<Long> touched = new HashSet<>();
        database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE push_state SET state = ?,"
                    + " last_error = ?, remote_response = ?, base_value = ?, mine_value = ?, theirs_value = ?,"
                    + " updated_at = ? WHERE change_id = ?")) {
                for (PushItem item : items) {
                    PushOutcome outcome = outcomes.get(item.changeId());
                    if (outcome == null) {
                        continue;
                    }
                    Conflict conflict = outcome instanceof PushOutcome.Conflicted c ? c.conflict() : null;
                    update.setString(1, outcome.state().name());
                    update.setString(2, clip(outcome instanceof PushOutcome.Failed f ? f.error() : ""));
                    update.setString(3, clip(response(outcome)));
                    update.setString(4, conflict == null ? null : conflict.base());
                    update.setString(5, conflict == null ? null : conflict.mine());
                    update.setString(6, conflict == null ? null : conflict.theirs());
                    update.setObject(7, now());
                    update.setLong(8, item.changeId());
                    update.addBatch();
                    Change change = item.change();
                    EntityRef entity = item.entities().get(change.entityId());
                    audit.append(connection, new AuditEntry(actor, action(outcome),
                            entity == null ? "#" + change.entityId() : entity.qualifiedName(),
                            "change " + item.changeId() + " to " + endpoint + ": " + change.summary() + "; "
                                    + describe(outcome),
                            conflict == null ? ChangeCodec.before(change) : conflict.theirs(),
                            conflict == null ? ChangeCodec.after(change) : conflict.mine(), result(outcome)));
                    if (outcome.state() == PushState.APPLIED) {
                        touched.addAll(local.apply(connection, item.changeId(), change, actor));
                    }
                }
                update.executeBatch();
            }
            return null;
        });
        return touched;
    }

    /** Refreshes what derives from the catalog after changes to these entities were applied locally. */
    public void refresh(Set<Long> touched, String actor) {
        if (!touched.isEmpty()) {
            local.committed(touched, actor);
        }
    }

    /**
     * Applies locally the changes the platform accepted before pushes did so (workspaces pushed with an earlier
     * Steward): each one once, audited; returns how many.
     */
    public int applyAccepted(String actor) {
        Set<Long> touched = new HashSet<>();
        int applied = database.transaction(connection -> {
            List<PushRecord> accepted;
            try (PreparedStatement query = connection.prepareStatement("SELECT " + RECORD_COLUMNS
                    + " FROM push_state p JOIN proposed_change c ON c.id = p.change_id WHERE p.state = 'APPLIED'"
                    + " AND c.state = 'PENDING' ORDER BY p.change_id")) {
                accepted = records(query);
            }
            for (PushRecord record : accepted) {
                touched.addAll(local.apply(connection, record.changeId(), record.change(), actor));
            }
            return accepted.size();
        });
        refresh(touched, actor);
        return applied;
    }

    /** Gives a failed or conflicted change up, so it is no longer pending; the set can then finish without it. */
    public void drop(long changeId, String actor, String reason) {
        database.transaction(connection -> {
            PushRecord record = find(connection, changeId).orElseThrow(() -> new WorkspaceException(
                    "Change " + changeId + " has not been pushed."));
            if (record.state() != PushState.CONFLICTED && record.state() != PushState.FAILED
                    && record.state() != PushState.QUEUED) {
                throw new WorkspaceException("Change " + changeId + " is " + record.state().name().toLowerCase()
                        + "; only queued, failed or conflicted changes can be dropped.");
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE push_state SET state = 'DROPPED', updated_at = ? WHERE change_id = ?")) {
                update.setObject(1, now());
                update.setLong(2, changeId);
                update.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE proposed_change SET state = 'DROPPED' WHERE id = ? AND state = 'PENDING'")) {
                update.setLong(1, changeId);
                update.executeUpdate();
            }
            audit.append(connection, actor, "push.dropped", "change set " + record.changeSetId(),
                    "change " + changeId + ": " + reason);
            return null;
        });
    }

    /** How many of the set's changes are in each push state. */
    public Map<PushState, Integer> counts(long changeSetId) {
        return database.read(connection -> {
            Map<PushState, Integer> counts = new java.util.EnumMap<>(PushState.class);
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT state, COUNT(*) FROM push_state WHERE change_set_id = ? GROUP BY state")) {
                query.setLong(1, changeSetId);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        counts.put(PushState.valueOf(rs.getString(1)), rs.getInt(2));
                    }
                }
            }
            return counts;
        });
    }

    private static ChangeSetStatus status(Connection connection, long changeSetId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT status FROM change_set WHERE id = ?")) {
            query.setLong(1, changeSetId);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new WorkspaceException("There is no change set " + changeSetId + ".");
                }
                return ChangeSetStatus.valueOf(rs.getString(1));
            }
        }
    }

    private static Optional<PushRecord> find(Connection connection, long changeId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + RECORD_COLUMNS
                + " FROM push_state p JOIN proposed_change c ON c.id = p.change_id WHERE p.change_id = ?")) {
            query.setLong(1, changeId);
            List<PushRecord> found = records(query);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<PushRecord> records(PreparedStatement query) throws SQLException {
        List<PushRecord> records = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Change change = ChangeCodec.decode(ChangeKind.valueOf(rs.getString(4)), rs.getLong(3),
                        rs.getString(5), rs.getString(6));
                PushState state = PushState.valueOf(rs.getString(8));
                Optional<Conflict> conflict = rs.getString(13) == null ? Optional.empty()
                        : Optional.of(new Conflict(rs.getString(12), rs.getString(13), rs.getString(14)));
                records.add(new PushRecord(rs.getLong(1), rs.getLong(2), change, rs.getString(7), state,
                        rs.getInt(9), rs.getString(10), rs.getString(11), conflict,
                        rs.getObject(15, OffsetDateTime.class).toInstant()));
            }
        }
        return records;
    }

    private static String action(PushOutcome outcome) {
        if (outcome instanceof PushOutcome.Applied) {
            return "push.applied";
        } else if (outcome instanceof PushOutcome.AlreadyApplied) {
            return "push.already-applied";
        } else if (outcome instanceof PushOutcome.Failed) {
            return "push.failed";
        }
        return "push.conflicted";
    }

    private static String result(PushOutcome outcome) {
        if (outcome instanceof PushOutcome.Applied) {
            return AuditEntry.OK;
        } else if (outcome instanceof PushOutcome.AlreadyApplied) {
            return "already applied";
        } else if (outcome instanceof PushOutcome.Failed) {
            return "failed";
        }
        return "conflicted";
    }

    private static String describe(PushOutcome outcome) {
        if (outcome instanceof PushOutcome.Applied) {
            return "applied";
        } else if (outcome instanceof PushOutcome.AlreadyApplied already) {
            return "already on the platform (" + already.evidence() + ")";
        } else if (outcome instanceof PushOutcome.Failed failed) {
            return failed.error();
        }
        return ((PushOutcome.Conflicted) outcome).detail();
    }

    private static String response(PushOutcome outcome) {
        if (outcome instanceof PushOutcome.Applied applied) {
            return applied.response();
        } else if (outcome instanceof PushOutcome.AlreadyApplied already) {
            return already.evidence();
        } else if (outcome instanceof PushOutcome.Conflicted conflicted) {
            return conflicted.detail();
        }
        return "";
    }

    private static String defaultType(String entityType) {
        return switch (entityType) {
            case "PROCESS" -> "Process";
            case "COLUMN" -> "hive_column";
            default -> "DataSet";
        };
    }

    private static String ids(List<Long> ids) {
        return ids.size() <= 20 ? ids.toString() : ids.subList(0, 20) + " and " + (ids.size() - 20) + " more";
    }

    private static String clip(String text) {
        return text == null ? "" : text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
