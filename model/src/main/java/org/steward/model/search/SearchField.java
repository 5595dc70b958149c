package org.steward.model.search;

/** The fields a search matches, in the order they weigh in the ranking. */
public enum SearchField {
    NAME("name"),
    QUALIFIED_NAME("qualified name"),
    COLUMN_NAME("column"),
    GLOSSARY_TERM("glossary term"),
    CLASSIFICATION("classification"),
    OWNER("owner"),
    DESCRIPTION("description");

    private final String label;

    SearchField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
