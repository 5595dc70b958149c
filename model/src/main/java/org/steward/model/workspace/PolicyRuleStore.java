package org.steward.model.workspace;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.steward.model.audit.AuditLog;
import org.steward.model.policy.RuleBook;
import org.steward.model.policy.RuleSet;

/**
 * The rule sets added to a workspace on top of the standard rules. A set is checked before it is stored, so a
 * broken file is refused with its problems and never replaces a working one; adding and removing are audited.
 */
public final class PolicyRuleStore {
    private final Database database;
    private final AuditLog audit;

    PolicyRuleStore(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    public List<RuleSet> list() {
        return database.read(connection -> {
            List<RuleSet> sets = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT name, content, added_by, added_at FROM policy_rule_set ORDER BY added_at, name");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    sets.add(new RuleSet(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, java.time.OffsetDateTime.class).toInstant()));
                }
            }
            return sets;
        });
    }

    /**
     * Adds or replaces the rule set {@code name} after checking it on top of {@code base}.
     *
     * @throws org.steward.model.policy.InvalidRulesException naming each problem; nothing is stored then
     */
    public void put(String name, String content, String actor, RuleBook base) {
        base.plus(content, name);
        database.transaction(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO policy_rule_set (name, content, added_by, added_at) KEY (name) VALUES (?, ?, ?, ?)")) {
                merge.setString(1, name);
                merge.setString(2, content);
                merge.setString(3, actor);
                merge.setTimestamp(4, Timestamp.from(Instant.now()));
                merge.executeUpdate();
            }
            audit.append(connection, actor, "policy.rules.added", name, content.length() + " characters");
            return null;
        });
    }

    public void remove(String name, String actor) {
        database.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM policy_rule_set WHERE name = ?")) {
                delete.setString(1, name);
                if (delete.executeUpdate() > 0) {
                    audit.append(connection, actor, "policy.rules.removed", name, "");
                }
            }
            return null;
        });
    }

    /** {@code base} with every stored rule set on top, in the order they were added. */
    public RuleBook applyTo(RuleBook base) {
        RuleBook book = base;
        for (RuleSet set : list()) {
            book = book.plus(set.content(), "workspace rule set " + set.name());
        }
        return book;
    }
}
