package org.steward.model.policy;

/** Which editor fixes a violation; the violations view opens it on the offending entity. */
public enum FixKind {
    SET_OWNER("Set the owner"),
    CLASSIFY("Classify the columns"),
    SET_RETENTION("Declare a retention period"),
    LINK_DPIA("Link a DPIA"),
    RENAME("Rename at the source"),
    REVIEW_LINEAGE("Review the lineage");

    private final String label;

    FixKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
