package org.steward.model.change;

/** The kinds of change, as stored; each maps to exactly one {@link Change} record. */
public enum ChangeKind {
    DESCRIPTION("description"),
    OWNER("owner"),
    GLOSSARY_TERMS("glossary terms");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
