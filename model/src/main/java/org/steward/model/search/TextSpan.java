package org.steward.model.search;

/** A half-open range {@code [start, end)} of characters in a field's text that matched the query. */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
