package org.steward.model.ingest;

/**
 * A classification on an entity as a source describes it.
 *
 * @param originQualifiedName the entity a propagated label came from; {@code null} for a direct label
 */
public record ClassificationRecord(String entityQualifiedName, String classification, String originQualifiedName,
                                   boolean propagate) {

    public static ClassificationRecord direct(String entityQualifiedName, String classification) {
        return new ClassificationRecord(entityQualifiedName, classification, null, true);
    }
}
