package org.steward.model.push;

/**
 * A change the platform disagrees with: the value the workspace pulled ({@code base}), the value the change wants
 * ({@code mine}) and the value the platform holds now ({@code theirs}). Multi-valued fields are one value a line.
 */
public record Conflict(String base, String mine, String theirs) {

    public Conflict {
        base = base == null ? "" : base;
        mine = mine == null ? "" : mine;
        theirs = theirs == null ? "" : theirs;
    }
}
