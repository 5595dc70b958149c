package org.steward.model.change;

/**
 * A proposed change is pending until withdrawn (undone) or applied: the platform accepted it on push and the local
 * catalog now holds it, so it is no longer overlaid on what is shown.
 */
public enum ChangeState {
    PENDING,
    WITHDRAWN,
    APPLIED
}
