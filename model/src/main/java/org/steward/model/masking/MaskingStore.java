package org.steward.model.masking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.steward.model.audit.AuditLog;
import org.steward.model.workspace.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace's masking settings: the salt (made on first use, kept only in the workspace) and the rules users
 * chose per classification or per column. Every change of a rule is audited; the salt's value never is.
 */
public final class MaskingStore {
    private static final Logger LOG = LoggerFactory.getLogger(MaskingStore.class);
    private static final String SALT_KEY = "masking_salt";

    private final Database database;
    private final AuditLog audit;

    public MaskingStore(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    /** The workspace's salt; the first call makes one and records that it did. */
    public synchronized MaskingSalt salt() {
        Optional<String> stored = database.read(MaskingStore::readSalt);
        if (stored.isPresent()) {
            return new MaskingSalt(stored.get());
        }
        MaskingSalt made = MaskingSalt.generate();
        return database.transaction(connection -> {
            Optional<String> raced = readSalt(connection);
            if (raced.isPresent()) {
                return new MaskingSalt(raced.get());
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO workspace_info (info_key, info_value) VALUES (?, ?)")) {
                insert.setString(1, SALT_KEY);
                insert.setString(2, made.value());
                insert.executeUpdate();
            }
            audit.append(connection, System.getProperty("user.name", "unknown"), "masking.salt-created", "workspace",
                    "a new random salt for salted hashes and tokens");
            LOG.info("Made the workspace's masking salt");
            return made;
        });
    }

    private static Optional<String> readSalt(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT info_value FROM workspace_info WHERE info_key = ?")) {
            query.setString(1, SALT_KEY);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Every rule chosen over the defaults. A stored rule this Steward cannot read is skipped with a warning. */
    public MaskingOverrides overrides() {
        return database.read(connection -> {
            Map<String, MaskingFunction> classifications = new HashMap<>();
            Map<String, MaskingFunction> columns = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT scope, target, rule FROM masking_rule_override");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    try {
                        MaskingFunction rule = MaskingFunctions.parse(rs.getString(3));
                        (OverrideScope.valueOf(rs.getString(1)) == OverrideScope.COLUMN ? columns : classifications)
                                .put(rs.getString(2), rule);
                    } catch (IllegalArgumentException e) {
                        LOG.warn("Ignoring the masking rule for {} {}: {}", rs.getString(1), rs.getString(2),
                                e.getMessage());
                    }
                }
            }
            return new MaskingOverrides(classifications, columns);
        });
    }

    /** Sets the rule for a classification or a column; {@code rule} empty goes back to the default. */
    public void setRule(OverrideScope scope, String target, Optional<MaskingFunction> rule, String actor) {
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("a masking rule needs the classification or column it is for");
        }
        database.transaction(connection -> {
            Optional<String> before = current(connection, scope, target);
            Optional<String> after = rule.map(MaskingFunction::id);
            if (before.equals(after)) {
                return null;
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM masking_rule_override WHERE scope = ? AND target = ?")) {
                delete.setString(1, scope.name());
                delete.setString(2, target);
                delete.executeUpdate();
            }
            if (after.isPresent()) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO masking_rule_override"
                        + " (scope, target, rule, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setString(1, scope.name());
                    insert.setString(2, target);
                    insert.setString(3, after.get());
                    insert.setString(4, actor);
                    insert.setTimestamp(5, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                }
            }
            audit.append(connection, actor, "masking.rule-changed", target, scope.name().toLowerCase(Locale.ROOT)
                    + " rule " + before.orElse("default") + " → " + after.orElse("default"));
            return null;
        });
    }

    private static Optional<String> current(Connection connection, OverrideScope scope, String target)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT rule FROM masking_rule_override WHERE scope = ? AND target = ?")) {
            query.setString(1, scope.name());
            query.setString(2, target);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
