package org.steward.model.classification.suggest;

/**
 * Counts for one classification or for all together: a true positive is a column whose best suggestion is the
 * expected classification or lies below it; a false positive a suggestion for a column expected to be something
 * else or nothing; a false negative a personal column without a right suggestion.
 */
public record ClassificationScore(String classification, int truePositives, int falsePositives,
                                  int falseNegatives) {

    public double precision() {
        int suggested = truePositives + falsePositives;
        return suggested == 0 ? 1 : truePositives / (double) suggested;
    }

    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1 : truePositives / (double) expected;
    }

    ClassificationScore plus(int tp, int fp, int fn) {
        return new ClassificationScore(classification, truePositives + tp, falsePositives + fp, falseNegatives + fn);
    }
}
