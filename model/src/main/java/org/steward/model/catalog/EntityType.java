package org.steward.model.catalog;

/** The kinds of catalog entity Steward keeps; a dataset's finer kind (table, view, topic…) is its subtype. */
public enum EntityType {
    DATASET("Dataset", "datasets"),
    COLUMN("Column", "columns"),
    PROCESS("Process", "processes"),
    DASHBOARD("Dashboard", "dashboards");

    private final String label;
    private final String plural;

    EntityType(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    public String plural() {
        return plural;
    }

    public String label() {
        return label;
    }
}
