package org.steward.model.identity;

import java.util.Locale;
import java.util.Optional;

/** What a local user may do in a workspace; one user may hold several roles. */
public enum Role {
    ADMIN("admin", "adds users and changes roles"),
    STEWARD("steward", "proposes changes and submits them for review"),
    REVIEWER("reviewer", "approves or rejects submitted change sets"),
    COMPLIANCE_OFFICER("compliance officer", "approves or rejects submitted change sets"),
    VIEWER("viewer", "reads only");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Parses "reviewer", "compliance-officer", "COMPLIANCE_OFFICER" or "compliance officer". */
    public static Optional<Role> parse(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Role role : values()) {
            if (role.name().equals(key)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
