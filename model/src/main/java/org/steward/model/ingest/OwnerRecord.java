package org.steward.model.ingest;

/** An owner as a source describes it; {@code id} is a user name or team handle. */
public record OwnerRecord(String id, String displayName, String email, String team) {

    public OwnerRecord {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an owner needs an id");
        }
        displayName = displayName == null || displayName.isBlank() ? id : displayName;
        email = email == null ? "" : email;
        team = team == null ? "" : team;
    }
}
