package org.steward.model.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.steward.model.workspace.Database;

/**
 * The append-only, hash-chained audit log. Events are appended inside the caller's transaction so an action and
 * its audit row commit or roll back together.
 */
public final class AuditLog {
    private static final String COLUMNS =
            "seq, at, actor, action, subject, detail, before_value, after_value, outcome, prev_hash, hash";

    private final Database database;
    private final AuditChain chain = new AuditChain();

    public AuditLog(Database database) {
        this.database = database;
    }

    public AuditEvent append(Connection connection, String actor, String action, String subject, String detail)
            throws SQLException {
        return append(connection, AuditEntry.of(actor, action, subject, detail));
    }

    public AuditEvent append(Connection connection, AuditEntry entry) throws SQLException {
        long seq = 1;
        String previous = AuditChain.GENESIS;
        try (PreparedStatement last = connection.prepareStatement(
                "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1 FOR UPDATE")) {
            try (ResultSet rs = last.executeQuery()) {
                if (rs.next()) {
                    seq = rs.getLong(1) + 1;
                    previous = rs.getString(2);
                }
            }
        }
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = chain.hash(previous, seq, at, entry);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, seq);
            insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(3, entry.actor());
            insert.setString(4, entry.action());
            insert.setString(5, entry.subject());
            insert.setString(6, entry.detail());
            insert.setString(7, entry.before());
            insert.setString(8, entry.after());
            insert.setString(9, entry.outcome());
            insert.setString(10, previous);
            insert.setString(11, hash);
            insert.executeUpdate();
        }
        return new AuditEvent(seq, at, entry.actor(), entry.action(), entry.subject(), entry.detail(),
                entry.before(), entry.after(), entry.outcome(), previous, hash);
    }

    public AuditEvent append(String actor, String action, String subject, String detail) {
        return append(AuditEntry.of(actor, action, subject, detail));
    }

    public AuditEvent append(AuditEntry entry) {
        return database.transaction(connection -> append(connection, entry));
    }

    public List<AuditEvent> latest(int limit) {
        return query(AuditQuery.ALL, limit);
    }

    /** Events matching {@code filter}, newest first, at most {@code limit}. */
    public List<AuditEvent> query(AuditQuery filter, int limit) {
        List<AuditEvent> events = new ArrayList<>();
        scan(filter, true, limit, events::add);
        return events;
    }

    /** Every event matching {@code filter}, oldest first, streamed (for exports of large logs). */
    public void forEach(AuditQuery filter, Consumer<AuditEvent> sink) {
        scan(filter, false, Integer.MAX_VALUE, sink);
    }

    private void scan(AuditQuery filter, boolean newestFirst, int limit, Consumer<AuditEvent> sink) {
        database.read(connection -> {
            StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_event WHERE 1 = 1");
            List<Object> parameters = new ArrayList<>();
            if (filter.actor() != null) {
                sql.append(" AND actor = ?");
                parameters.add(filter.actor());
            }
            if (filter.subject() != null) {
                sql.append(" AND LOWER(subject) LIKE ? ESCAPE '\\'");
                parameters.add("%" + likeEscaped(filter.subject().toLowerCase(java.util.Locale.ROOT)) + "%");
            }
            if (filter.kind() != null) {
                sql.append(" AND action LIKE ? ESCAPE '\\'");
                parameters.add(likeEscaped(filter.kind()) + "%");
            }
            if (filter.since() != null) {
                sql.append(" AND at >= ?");
                parameters.add(OffsetDateTime.ofInstant(filter.since(), ZoneOffset.UTC));
            }
            if (filter.until() != null) {
                sql.append(" AND at < ?");
                parameters.add(OffsetDateTime.ofInstant(filter.until(), ZoneOffset.UTC));
            }
            sql.append(newestFirst ? " ORDER BY seq DESC" : " ORDER BY seq").append(" LIMIT ?");
            parameters.add(limit);
            try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    query.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(read(rs));
                    }
                }
            }
            return null;
        });
    }

    public java.util.Optional<AuditEvent> event(long seq) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_event WHERE seq = ?")) {
                query.setLong(1, seq);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(read(rs)) : java.util.Optional.<AuditEvent>empty();
                }
            }
        });
    }

    /** The distinct actors and action kinds in the log, for filter choices. */
    public List<String> actors() {
        return distinct("SELECT DISTINCT actor FROM audit_event ORDER BY actor");
    }

    public List<String> actions() {
        return distinct("SELECT DISTINCT action FROM audit_event ORDER BY action");
    }

    private List<String> distinct(String sql) {
        return database.read(connection -> {
            List<String> values = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        });
    }

    /** The events matching {@code filter}, oldest first, with a fresh verification of the whole chain. */
    public AuditReport report(String workspaceName, AuditQuery filter, String generatedBy) {
        List<AuditEvent> events = new ArrayList<>();
        forEach(filter, events::add);
        return new AuditReport(workspaceName, filter, events, verify(), Instant.now(), generatedBy);
    }

    /** Re-computes every hash in order and names the first row that does not hold. */
    public AuditVerification verify() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_event ORDER BY seq");
                 ResultSet rs = query.executeQuery()) {
                long expectedSeq = 1;
                String previous = AuditChain.GENESIS;
                long checked = 0;
                while (rs.next()) {
                    AuditEvent event = read(rs);
                    checked++;
                    String problem = null;
                    if (event.seq() != expectedSeq) {
                        problem = "expected event " + expectedSeq + " but found " + event.seq()
                                + " (a row was deleted or inserted)";
                    } else if (!event.previousHash().equals(previous)) {
                        problem = "the link to the previous event is broken (rows were reordered or removed)";
                    } else if (!event.hash().equals(chain.hash(previous, event.seq(), event.at(),
                            new AuditEntry(event.actor(), event.action(), event.subject(), event.detail(),
                                    event.before(), event.after(), event.outcome())))) {
                        problem = "its content does not match its hash (the row was edited)";
                    }
                    if (problem != null) {
                        return new AuditVerification(checked, OptionalLong.of(event.seq()), problem);
                    }
                    previous = event.hash();
                    expectedSeq++;
                }
                return new AuditVerification(checked, OptionalLong.empty(), "");
            }
        });
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static AuditEvent read(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11));
    }
}
