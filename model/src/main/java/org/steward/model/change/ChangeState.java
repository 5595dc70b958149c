package org.steward.model.change;

/**
 * Where a proposed change stands locally. Only a pending change is overlaid on what the catalog shows: a withdrawn
 * one was undone, an applied one was accepted by the platform on push and is the catalog's state now, a dropped
 * one was given up during a push (after a conflict, or replaced by a rebased change).
 */
public enum ChangeState {
    PENDING,
    WITHDRAWN,
    APPLIED,
    DROPPED
}
