package org.steward.model.classification.suggest;

/** One suggestion for one column, as the review queue lists it. */
public record ColumnSuggestion(ReviewColumn column, Suggestion suggestion) {

    /** Which detector found it: the column name, the sample values, or both. */
    public String detector() {
        String evidence = suggestion.evidence();
        boolean byName = evidence.contains("name ");
        boolean byValues = evidence.contains("sample") || evidence.contains("values");
        if (byName && byValues) {
            return "name and values";
        }
        return byName ? "column name" : "sample values";
    }

    public String classification() {
        return suggestion.classification();
    }

    public double confidence() {
        return suggestion.confidence();
    }
}
