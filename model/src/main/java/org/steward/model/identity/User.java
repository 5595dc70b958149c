package org.steward.model.identity;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A local identity of a workspace and its roles. */
public record User(String name, Set<Role> roles) {

    public User {
        Objects.requireNonNull(name);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean can(Permission permission) {
        return permission.grantedTo(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** "steward, reviewer" in the order roles are declared. */
    public String rolesText() {
        return roles.isEmpty() ? "no role" : EnumSet.copyOf(roles).stream().map(Role::label)
                .collect(Collectors.joining(", "));
    }
}
