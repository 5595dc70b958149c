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
import org.steward.model.workspace.Database;

/**
 * The append-only, hash-chained audit log. Events are appended inside the caller's transaction so an action and
 * its audit row commit or roll back together.
 */
public final class AuditLog {
    private final Database database;
    private final AuditChain chain = new AuditChain();

    public AuditLog(Database database) {
        this.database = database;
    }

    public AuditEvent append(Connection connection, String actor, String action, String subject, String detail)
            throws SQLException {
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
        String hash = chain.hash(previous, seq, at, actor, action, subject, detail);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_event (seq, at, actor, action, subject, detail, prev_hash, hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, seq);
            insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(3, actor);
            insert.setString(4, action);
            insert.setString(5, subject);
            insert.setString(6, detail);
            insert.setString(7, previous);
            insert.setString(8, hash);
            insert.executeUpdate();
        }
        return new AuditEvent(seq, at, actor, action, subject, detail, previous, hash);
    }

    public AuditEvent append(String actor, String action, String subject, String detail) {
        return database.transaction(connection -> append(connection, actor, action, subject, detail));
    }

    public List<AuditEvent> latest(int limit) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_event"
                            + " ORDER BY seq DESC LIMIT ?")) {
                query.setInt(1, limit);
                List<AuditEvent> events = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        events.add(read(rs));
                    }
                }
                return events;
            }
        });
    }

    /** Re-computes every hash in order and names the first row that does not hold. */
    public AuditVerification verify() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_event ORDER BY seq");
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
                    } else if (!event.hash().equals(chain.hash(previous, event.seq(), event.at(), event.actor(),
                            event.action(), event.subject(), event.detail()))) {
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

    private static AuditEvent read(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
