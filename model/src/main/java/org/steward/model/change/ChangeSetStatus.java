package org.steward.model.change;

import java.util.Locale;

/** Where a change set stands in review. */
public enum ChangeSetStatus {
    OPEN,
    SUBMITTED,
    APPROVED,
    REJECTED,
    PUSHED,
    PARTLY_FAILED;

    /** "open", "partly failed". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
