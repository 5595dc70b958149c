package org.steward.model.change;

/** A direct classification label taken off an entity or column; what it propagated is withdrawn with it. */
public record ClassificationRemoved(long entityId, String classification, String comment) implements Change {

    public ClassificationRemoved {
        if (classification == null || classification.isBlank() || classification.contains("\n")) {
            throw new IllegalArgumentException("a classification needs a one-line name");
        }
        comment = comment == null ? "" : comment;
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.CLASSIFICATION_REMOVED;
    }

    @Override
    public String summary() {
        return "classification removed: " + classification
                + (comment.isEmpty() ? "" : " — " + ChangeText.quote(comment));
    }
}
