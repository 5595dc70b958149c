package org.steward.model.classification;

import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * One classification of the taxonomy. {@code masking} and {@code retention} are empty for classifications merged
 * from elsewhere (Atlas typedefs) that do not say; {@code aliases} are other names the same classification goes by
 * (the demo's {@code PII.Address} is {@code PII.PostalAddress}).
 */
public record ClassificationDef(String name, String parent, String description, int sensitivity,
                                List<Regulation> regulations, Optional<MaskingRule> masking,
                                Optional<Period> retention, List<String> aliases) {

    public static final int MAX_SENSITIVITY = 4;

    public ClassificationDef {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a classification needs a name");
        }
        parent = parent == null ? "" : parent;
        description = description == null ? "" : description;
        regulations = regulations == null ? List.of() : List.copyOf(regulations);
        masking = masking == null ? Optional.empty() : masking;
        retention = retention == null ? Optional.empty() : retention;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public boolean isRoot() {
        return parent.isEmpty();
    }
}
