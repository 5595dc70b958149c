package org.steward.model.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.steward.model.audit.AuditEntry;
import org.steward.model.audit.AuditLog;
import org.steward.model.workspace.Database;
import org.steward.model.workspace.WorkspaceException;

/**
 * The workspace's local users and their roles. The first user to act in a workspace without users becomes its
 * admin with every role but viewer. Identities name who did what; they are not passwords (see docs/decisions).
 */
public final class UserDirectory {
    private static final int MAX_NAME = 200;

    private final Database database;
    private final AuditLog audit;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public UserDirectory(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    public List<User> list() {
        return database.read(UserDirectory::list);
    }

    public Optional<User> find(String name) {
        return database.read(connection -> find(connection, name));
    }

    /** Makes {@code name} admin with every role but viewer if the workspace has no users; returns the user, if any. */
    public Optional<User> enrollFirst(String name) {
        Optional<User> user = database.transaction(connection -> resolve(connection, name));
        fire();
        return user;
    }

    /** Adds a user (or changes the roles of an existing one); only an admin may. */
    public User save(String actor, String name, Set<Role> roles) {
        String cleaned = validName(name);
        if (roles.isEmpty()) {
            throw new WorkspaceException("Give " + cleaned + " at least one role.");
        }
        User saved = database.transaction(connection -> {
            User admin = require(connection, actor, Permission.MANAGE_USERS);
            Optional<User> existing = find(connection, cleaned);
            if (existing.isPresent() && existing.get().has(Role.ADMIN) && !roles.contains(Role.ADMIN)
                    && admins(connection) == 1) {
                throw new NotPermittedException(cleaned + " is the only admin of this workspace; make someone else"
                        + " admin first.");
            }
            User user = new User(cleaned, roles);
            write(connection, user, admin.name());
            audit.append(connection, new AuditEntry(admin.name(),
                    existing.isPresent() ? "user.roles_changed" : "user.added", "user " + cleaned,
                    existing.isPresent() ? "roles of " + cleaned + " changed" : "added " + cleaned,
                    existing.map(User::rolesText).orElse(null), user.rolesText(), AuditEntry.OK));
            return user;
        });
        fire();
        return saved;
    }

    /**
     * The user acting, inside the caller's transaction: enrolled as first admin when the workspace has no users,
     * refused when unknown or without {@code permission}.
     */
    public User require(Connection connection, String name, Permission permission) throws SQLException {
        User user = member(connection, name);
        if (!user.can(permission)) {
            throw new NotPermittedException(refusal(user, permission));
        }
        return user;
    }

    /** The user acting, inside the caller's transaction (enrolled as first admin if there are no users yet). */
    public User member(Connection connection, String name) throws SQLException {
        return resolve(connection, name).orElseThrow(() -> new NotPermittedException(unknown(name)));
    }

    /** Why {@code name} may not do what {@code permission} guards, or empty when they may. */
    public Optional<String> whyNot(String name, Permission permission) {
        Optional<User> user = find(name);
        if (user.isEmpty()) {
            return list().isEmpty() ? Optional.empty() : Optional.of(unknown(name));
        }
        return user.get().can(permission) ? Optional.empty() : Optional.of(refusal(user.get(), permission));
    }

    static String refusal(User user, Permission permission) {
        return user.name() + " (" + user.rolesText() + ") may not " + permission.description() + "; that needs the "
                + String.join(" or ", EnumSet.copyOf(permission.grantedBy()).stream().map(Role::label).toList())
                + " role.";
    }

    private static String unknown(String name) {
        return name + " is not a user of this workspace; an admin adds users in Users… or with"
                + " 'steward users add'.";
    }

    private Optional<User> resolve(Connection connection, String name) throws SQLException {
        Optional<User> user = find(connection, name);
        if (user.isPresent() || count(connection) > 0) {
            return user;
        }
        User first = new User(validName(name), EnumSet.complementOf(EnumSet.of(Role.VIEWER)));
        write(connection, first, first.name());
        audit.append(connection, new AuditEntry(first.name(), "user.added", "user " + first.name(),
                "first user of the workspace: admin with every role but viewer", null, first.rolesText(),
                AuditEntry.OK));
        return Optional.of(first);
    }

    private static String validName(String name) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty() || cleaned.length() > MAX_NAME || cleaned.chars().anyMatch(Character::isISOControl)) {
            throw new WorkspaceException("A user name is 1 to " + MAX_NAME + " printable characters.");
        }
        return cleaned;
    }

    private static void write(Connection connection, User user, String by) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO workspace_user (name, created_at, created_by) KEY (name) VALUES (?, ?, ?)");
             PreparedStatement clear = connection.prepareStatement(
                     "DELETE FROM workspace_user_role WHERE user_name = ?");
             PreparedStatement role = connection.prepareStatement(
                     "INSERT INTO workspace_user_role (user_name, role) VALUES (?, ?)")) {
            if (find(connection, user.name()).isEmpty()) {
                merge.setString(1, user.name());
                merge.setObject(2, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                merge.setString(3, by);
                merge.executeUpdate();
            }
            clear.setString(1, user.name());
            clear.executeUpdate();
            for (Role each : user.roles()) {
                role.setString(1, user.name());
                role.setString(2, each.name());
                role.addBatch();
            }
            role.executeBatch();
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM workspace_user");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long admins(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM workspace_user_role WHERE role = 'ADMIN'");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Optional<User> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT u.name, r.role FROM workspace_user u LEFT JOIN workspace_user_role r ON r.user_name = u.name"
                        + " WHERE u.name = ?")) {
            query.setString(1, name);
            return users(query).stream().findFirst();
        }
    }

    private static List<User> list(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT u.name, r.role FROM workspace_user u LEFT JOIN workspace_user_role r ON r.user_name = u.name"
                        + " ORDER BY u.name")) {
            return users(query);
        }
    }

    private static List<User> users(PreparedStatement query) throws SQLException {
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Set<Role> held = roles.computeIfAbsent(rs.getString(1), k -> EnumSet.noneOf(Role.class));
                String role = rs.getString(2);
                if (role != null) {
                    held.add(Role.valueOf(role));
                }
            }
        }
        List<User> users = new ArrayList<>();
        roles.forEach((name, held) -> users.add(new User(name, held)));
        return users;
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
