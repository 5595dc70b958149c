package org.steward.model.change;

/** Where a change set stands in review. */
public enum ChangeSetStatus {
    OPEN,
    SUBMITTED,
    APPROVED,
    REJECTED,
    PUSHED,
    PARTLY_FAILED
}
