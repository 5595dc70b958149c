package org.steward.model.masking;

/** Where a column's masking rule comes from. */
public enum RuleSource {
    UNCLASSIFIED("not classified: passes unmasked"),
    TAXONOMY("taxonomy default"),
    CLASSIFICATION("chosen for the classification"),
    COLUMN("chosen for this column"),
    UNKNOWN_CLASSIFICATION("classification not in the taxonomy: redacted");

    private final String label;

    RuleSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
