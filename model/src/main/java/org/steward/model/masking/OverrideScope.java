package org.steward.model.masking;

/** What a user-chosen masking rule applies to. */
public enum OverrideScope {
    /** Every column carrying the classification, unless the column has its own rule. */
    CLASSIFICATION,
    /** One column, named by its qualified name. */
    COLUMN
}
