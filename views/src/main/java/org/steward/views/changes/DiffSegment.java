package org.steward.views.changes;

/** A run of text in a word diff: kept, removed from the before text, or added in the after text. */
public record DiffSegment(Kind kind, String text) {

    public enum Kind {
        SAME, REMOVED, ADDED
    }
}
