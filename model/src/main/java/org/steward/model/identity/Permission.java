package org.steward.model.identity;

import java.util.EnumSet;
import java.util.Set;

/** What the services check; each permission is granted by some roles. */
public enum Permission {
    EDIT("propose changes", EnumSet.of(Role.STEWARD)),
    REVIEW("approve or reject change sets", EnumSet.of(Role.REVIEWER, Role.COMPLIANCE_OFFICER)),
    COMMENT("comment on change sets",
            EnumSet.of(Role.STEWARD, Role.REVIEWER, Role.COMPLIANCE_OFFICER, Role.ADMIN)),
    MANAGE_USERS("add users and change roles", EnumSet.of(Role.ADMIN));

    private final String description;
    private final Set<Role> grantedBy;

    Permission(String description, Set<Role> grantedBy) {
        this.description = description;
        this.grantedBy = grantedBy;
    }

    public String description() {
        return description;
    }

    public Set<Role> grantedBy() {
        return Set.copyOf(grantedBy);
    }

    boolean grantedTo(Set<Role> roles) {
        return roles.stream().anyMatch(grantedBy::contains);
    }
}
