package org.steward.model.change;

/** A proposed change is pending until withdrawn (undone); later issues add review and push states. */
public enum ChangeState {
    PENDING,
    WITHDRAWN
}
