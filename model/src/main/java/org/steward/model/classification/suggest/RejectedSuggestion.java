package org.steward.model.classification.suggest;

/** A suggestion the steward turned down: this classification on this column; it is not suggested again. */
public record RejectedSuggestion(long entityId, String classification) {
}
