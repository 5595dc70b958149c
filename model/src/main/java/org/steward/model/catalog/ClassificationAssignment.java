package org.steward.model.catalog;

/**
 * A classification label on an entity.
 *
 * @param originQualifiedName for a propagated label, the entity it was propagated from; {@code null} when direct
 */
public record ClassificationAssignment(
        String classification,
        String originQualifiedName,
        boolean propagate,
        String source) {

    public boolean direct() {
        return originQualifiedName == null;
    }
}
