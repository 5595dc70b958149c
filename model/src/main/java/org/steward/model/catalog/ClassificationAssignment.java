package org.steward.model.catalog;

import java.time.LocalDate;
import java.util.Map;

/**
 * A classification label on an entity.
 *
 * @param originQualifiedName for a propagated label, the entity it was propagated from; {@code null} when direct
 * @param validFrom  first day a direct label applies, {@code null} when open
 * @param validTo    last day a direct label applies, {@code null} when open; after it the label propagates nothing
 * @param attributes the label's attribute values (Atlas classification attributes)
 */
public record ClassificationAssignment(
        String classification,
        String originQualifiedName,
        boolean propagate,
        String source,
        LocalDate validFrom,
        LocalDate validTo,
        Map<String, String> attributes) {

    public ClassificationAssignment {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A label without validity period or attributes. */
    public ClassificationAssignment(String classification, String originQualifiedName, boolean propagate,
                                    String source) {
        this(classification, originQualifiedName, propagate, source, null, null, Map.of());
    }

    public boolean direct() {
        return originQualifiedName == null;
    }

    /** Whether the validity period ended before {@code day}. */
    public boolean endedBefore(LocalDate day) {
        return validTo != null && validTo.isBefore(day);
    }
}
