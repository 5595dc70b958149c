package org.steward.model.catalog;

/** The kinds of catalog entity Steward keeps; a dataset's finer kind (table, view, topic…) is its subtype. */
public enum EntityType {
    DATASET("Dataset"),
    COLUMN("Column"),
    PROCESS("Process"),
    DASHBOARD("Dashboard");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
