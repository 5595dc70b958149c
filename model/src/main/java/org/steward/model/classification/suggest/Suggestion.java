package org.steward.model.classification.suggest;

/** A suggested classification for a column, how sure the detector is (0–1) and why, for the steward to review. */
public record Suggestion(String classification, double confidence, String evidence) {

    public Suggestion {
        if (classification == null || classification.isBlank()) {
            throw new IllegalArgumentException("a suggestion needs a classification");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
        evidence = evidence == null ? "" : evidence;
    }
}
