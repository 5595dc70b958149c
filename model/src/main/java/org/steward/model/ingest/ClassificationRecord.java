package org.steward.model.ingest;

import java.time.LocalDate;
import java.util.Map;

/**
 * A classification on an entity as a source describes it.
 *
 * @param originQualifiedName the entity a propagated label came from; {@code null} for a direct label
 * @param validFrom  first day a direct label applies, {@code null} when open
 * @param validTo    last day a direct label applies, {@code null} when open
 * @param attributes the label's attribute values
 */
public record ClassificationRecord(String entityQualifiedName, String classification, String originQualifiedName,
                                   boolean propagate, LocalDate validFrom, LocalDate validTo,
                                   Map<String, String> attributes) {

    public ClassificationRecord {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A label without validity period or attributes. */
    public ClassificationRecord(String entityQualifiedName, String classification, String originQualifiedName,
                                boolean propagate) {
        this(entityQualifiedName, classification, originQualifiedName, propagate, null, null, Map.of());
    }

    public static ClassificationRecord direct(String entityQualifiedName, String classification) {
        return new ClassificationRecord(entityQualifiedName, classification, null, true);
    }
}
