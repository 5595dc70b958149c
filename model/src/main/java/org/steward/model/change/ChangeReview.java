package org.steward.model.change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.steward.model.audit.AuditEntry;
import org.steward.model.audit.AuditLog;
import org.steward.model.identity.NotPermittedException;
import org.steward.model.identity.Permission;
import org.steward.model.identity.User;
import org.steward.model.identity.UserDirectory;
import org.steward.model.workspace.Database;
import org.steward.model.workspace.WorkspaceException;

/**
 * Review of change sets: submit, approve or reject (four eyes), comment, reopen after rejection, and the push
 * outcome. Every rule is checked here, whatever the screen shows; every step and every refusal is audited, a step
 * in the same transaction as its audit row.
 */
public final class ChangeReview {
    private static final String SET_COLUMNS = "s.id, s.title, s.author, s.status, s.created_at, s.updated_at,"
            + " s.reviewed_by, s.status_reason, (SELECT COUNT(*) FROM proposed_change c WHERE c.change_set_id = s.id"
            + " AND c.state <> 'WITHDRAWN')";

    private final Database database;
    private final AuditLog audit;
    private final UserDirectory users;
    private final ChangeSetStore store;

    public ChangeReview(Database database, AuditLog audit, UserDirectory users, ChangeSetStore store) {
        this.database = database;
        this.audit = audit;
        this.users = users;
        this.store = store;
    }

    /** Change sets, newest first; {@code status} or {@code author} null for all. */
    public List<ChangeSetSummary> changeSets(ChangeSetStatus status, String author) {
        return database.read(connection -> {
            StringBuilder sql = new StringBuilder("SELECT " + SET_COLUMNS + " FROM change_set s WHERE 1 = 1");
            List<String> parameters = new ArrayList<>();
            if (status != null) {
                sql.append(" AND s.status = ?");
                parameters.add(status.name());
            }
            if (author != null && !author.isBlank()) {
                sql.append(" AND s.author = ?");
                parameters.add(author.strip());
            }
            sql.append(" ORDER BY s.id DESC");
            try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    query.setString(i + 1, parameters.get(i));
                }
                return summaries(query);
            }
        });
    }

    public Optional<ChangeSetSummary> changeSet(long setId) {
        return database.read(connection -> find(connection, setId));
    }

    /** The changes of a change set that were not withdrawn (pending, applied or dropped by a push), oldest first. */
    public List<ProposedChange> changes(long setId) {
        return database.read(connection -> pending(connection, setId));
    }

    public List<ReviewNote> thread(long setId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, change_set_id, author, kind, body,"
                    + " created_at FROM review_note WHERE change_set_id = ? ORDER BY id")) {
                query.setLong(1, setId);
                List<ReviewNote> notes = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        notes.add(new ReviewNote(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                ReviewNote.Kind.valueOf(rs.getString(4)), rs.getString(5),
                                rs.getObject(6, OffsetDateTime.class).toInstant()));
                    }
                }
                return notes;
            }
        });
    }

    /** Why {@code actor} may not take {@code action} on the change set now, or empty when they may. */
    public Optional<String> whyNot(long setId, String actor, ReviewAction action) {
        return database.read(connection -> {
            ChangeSetSummary set = find(connection, setId).orElseThrow(() -> noSuchSet(setId));
            Optional<User> user = users.find(actor);
            if (user.isEmpty()) {
                return users.whyNot(actor, permissionFor(action));
            }
            return ReviewRules.whyNot(action, set, user.get(), changeAuthors(connection, setId));
        });
    }

    public void submit(long setId, String actor) {
        step(setId, actor, ReviewAction.SUBMIT, ChangeSetStatus.SUBMITTED, ReviewNote.Kind.SUBMITTED, "", false);
    }

    public void approve(long setId, String reviewer, String comment) {
        step(setId, reviewer, ReviewAction.APPROVE, ChangeSetStatus.APPROVED, ReviewNote.Kind.APPROVED,
                comment == null ? "" : comment.strip(), true);
    }

    public void reject(long setId, String reviewer, String reason) {
        if (reason == null || reason.isBlank()) {
            refuse(reviewer, "changeset.rejected", setId, "A rejection needs a reason, so the author knows what to"
                    + " fix.");
        }
        step(setId, reviewer, ReviewAction.REJECT, ChangeSetStatus.REJECTED, ReviewNote.Kind.REJECTED,
                reason.strip(), true);
    }

    public void reopen(long setId, String actor) {
        step(setId, actor, ReviewAction.REOPEN, ChangeSetStatus.OPEN, ReviewNote.Kind.REOPENED, "", false);
    }

    public void comment(long setId, String actor, String text) {
        if (text == null || text.isBlank()) {
            throw new WorkspaceException("A comment needs some text.");
        }
        guarded(actor, "changeset.commented", setId, () -> database.transaction(connection -> {
            ChangeSetSummary set = find(connection, setId).orElseThrow(() -> noSuchSet(setId));
            User user = users.member(connection, actor);
            ReviewRules.whyNot(ReviewAction.COMMENT, set, user, Set.of()).ifPresent(ChangeReview::notPermitted);
            note(connection, setId, actor, ReviewNote.Kind.COMMENT, text.strip());
            audit.append(connection, new AuditEntry(actor, "changeset.commented", subject(setId), text.strip(),
                    null, null, AuditEntry.OK));
            return null;
        }));
        store.fire();
    }

    /** Approved change sets waiting for push (and partly failed ones, to retry), oldest first. */
    public List<ApprovedChangeSet> awaitingPush() {
        return database.read(connection -> {
            List<ChangeSetSummary> sets;
            try (PreparedStatement query = connection.prepareStatement("SELECT " + SET_COLUMNS
                    + " FROM change_set s WHERE s.status IN ('APPROVED', 'PARTLY_FAILED') ORDER BY s.id")) {
                sets = summaries(query);
            }
            List<ApprovedChangeSet> result = new ArrayList<>();
            for (ChangeSetSummary set : sets) {
                result.add(new ApprovedChangeSet(set, pending(connection, set.id())));
            }
            return result;
        });
    }

    /** Records that every change of an approved (or partly failed) set reached the platform. */
    public void markPushed(long setId, String actor, String detail) {
        pushOutcome(setId, actor, ChangeSetStatus.PUSHED, ReviewNote.Kind.PUSHED, detail);
    }

    /** Records that some changes of the set failed to push; {@code detail} says which and why. */
    public void markPartlyFailed(long setId, String actor, String detail) {
        pushOutcome(setId, actor, ChangeSetStatus.PARTLY_FAILED, ReviewNote.Kind.PARTLY_FAILED, detail);
    }

    private void pushOutcome(long setId, String actor, ChangeSetStatus to, ReviewNote.Kind kind, String detail) {
        String text = detail == null ? "" : detail.strip();
        guarded(actor, "changeset." + to.name().toLowerCase(java.util.Locale.ROOT), setId,
                () -> database.transaction(connection -> {
                    ChangeSetSummary set = find(connection, setId).orElseThrow(() -> noSuchSet(setId));
                    users.require(connection, actor, Permission.COMMENT);
                    if (set.status() != ChangeSetStatus.APPROVED && set.status() != ChangeSetStatus.PARTLY_FAILED) {
                        notPermitted("Only an approved change set can be pushed; change set " + setId + " is "
                                + set.status().label() + ".");
                    }
                    move(connection, set, actor, to, kind, text, false);
                    return null;
                }));
        store.fire();
    }

    private void step(long setId, String actor, ReviewAction action, ChangeSetStatus to, ReviewNote.Kind kind,
                      String text, boolean decision) {
        guarded(actor, "changeset." + kind.name().toLowerCase(java.util.Locale.ROOT), setId,
                () -> database.transaction(connection -> {
                    ChangeSetSummary set = find(connection, setId).orElseThrow(() -> noSuchSet(setId));
                    User user = users.member(connection, actor);
                    ReviewRules.whyNot(action, set, user, changeAuthors(connection, setId))
                            .ifPresent(ChangeReview::notPermitted);
                    move(connection, set, actor, to, kind, text, decision);
                    return null;
                }));
        store.fire();
    }

    private static Permission permissionFor(ReviewAction action) {
        return switch (action) {
            case SUBMIT, REOPEN -> Permission.EDIT;
            case APPROVE, REJECT -> Permission.REVIEW;
            case COMMENT -> Permission.COMMENT;
        };
    }

    private void move(Connection connection, ChangeSetSummary set, String actor, ChangeSetStatus to,
                      ReviewNote.Kind kind, String text, boolean decision) throws SQLException {
        Instant now = now();
        try (PreparedStatement update = connection.prepareStatement("UPDATE change_set SET status = ?,"
                + " updated_at = ?, reviewed_by = CASE WHEN ? THEN ? ELSE reviewed_by END, status_reason = ?"
                + " WHERE id = ? AND status = ?")) {
            update.setString(1, to.name());
            update.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            update.setBoolean(3, decision);
            update.setString(4, actor);
            update.setString(5, text.isEmpty() ? null : text);
            update.setLong(6, set.id());
            update.setString(7, set.status().name());
            if (update.executeUpdate() != 1) {
                throw new WorkspaceException("Change set " + set.id() + " was changed by someone else meanwhile;"
                        + " look again and retry.");
            }
        }
        note(connection, set.id(), actor, kind, text);
        String detail = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " change set " + set.id()
                + " by " + set.author() + " (" + set.pendingChanges() + " pending changes)"
                + (text.isEmpty() ? "" : ": " + text);
        audit.append(connection, new AuditEntry(actor, "changeset." + kind.name().toLowerCase(java.util.Locale.ROOT),
                subject(set.id()), detail, set.status().label(), to.label(), AuditEntry.OK));
    }

    private void note(Connection connection, long setId, String actor, ReviewNote.Kind kind, String text)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO review_note (change_set_id, author,"
                + " kind, body, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, setId);
            insert.setString(2, actor);
            insert.setString(3, kind.name());
            insert.setString(4, text);
            insert.setObject(5, OffsetDateTime.ofInstant(now(), ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** Runs a step; a refusal is audited in a transaction of its own (the step's own rolled back). */
    private void guarded(String actor, String action, long setId, Runnable work) {
        try {
            work.run();
        } catch (NotPermittedException e) {
            audit.append(AuditEntry.refused(actor, action, subject(setId), e.getMessage()));
            throw e;
        }
    }

    private void refuse(String actor, String action, long setId, String reason) {
        audit.append(AuditEntry.refused(actor, action, subject(setId), reason));
        throw new NotPermittedException(reason);
    }

    private static void notPermitted(String reason) {
        throw new NotPermittedException(reason);
    }

    private static Optional<ChangeSetSummary> find(Connection connection, long setId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + SET_COLUMNS + " FROM change_set s WHERE s.id = ?")) {
            query.setLong(1, setId);
            return summaries(query).stream().findFirst();
        }
    }

    private static List<ChangeSetSummary> summaries(PreparedStatement query) throws SQLException {
        List<ChangeSetSummary> sets = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ChangeSet set = new ChangeSet(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ChangeSetStatus.valueOf(rs.getString(4)), rs.getObject(5, OffsetDateTime.class).toInstant());
                sets.add(new ChangeSetSummary(set, rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getInt(9),
                        rs.getString(7), rs.getString(8)));
            }
        }
        return sets;
    }

    private static List<ProposedChange> pending(Connection connection, long setId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ChangeSetStore.CHANGE_COLUMNS
                + " FROM proposed_change c WHERE c.change_set_id = ? AND c.state <> 'WITHDRAWN'"
                + " ORDER BY c.id")) {
            query.setLong(1, setId);
            List<ProposedChange> changes = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    changes.add(ChangeSetStore.change(rs));
                }
            }
            return changes;
        }
    }

    private static Set<String> changeAuthors(Connection connection, long setId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT DISTINCT author FROM proposed_change WHERE change_set_id = ?")) {
            query.setLong(1, setId);
            Set<String> authors = new HashSet<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    authors.add(rs.getString(1));
                }
            }
            return authors;
        }
    }

    private static String subject(long setId) {
        return "change set " + setId;
    }

    private static WorkspaceException noSuchSet(long setId) {
        return new WorkspaceException("There is no change set " + setId + " in this workspace.");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
