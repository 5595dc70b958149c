package org.steward.model.change;

/** The kinds of change, as stored; each maps to exactly one {@link Change} record. */
public enum ChangeKind {
    DESCRIPTION("description"),
    OWNER("owner"),
    GLOSSARY_TERMS("glossary terms"),
    LINEAGE_EDGE_ADDED("lineage edge added"),
    LINEAGE_EDGE_REMOVED("lineage edge removed"),
    PROCESS_ADDED("process added"),
    PROCESS_REMOVED("process removed"),
    CLASSIFICATION_ADDED("classification added"),
    CLASSIFICATION_REMOVED("classification removed"),
    ATTRIBUTE("attribute");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
