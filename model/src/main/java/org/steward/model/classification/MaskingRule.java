package org.steward.model.classification;

import java.util.Arrays;
import java.util.Optional;

/** The default way a classification's values are masked, as written in the taxonomy file. */
public enum MaskingRule {
    REDACT("redact"),
    PARTIAL_LAST_4("partial-last-4"),
    SALTED_HASH("salted-hash"),
    FORMAT_PRESERVING_TOKEN("format-preserving-token"),
    GENERALISE_YEAR("generalise-year"),
    GENERALISE_AREA("generalise-area");

    private final String id;

    MaskingRule(String id) {
        this.id = id;
    }

    /** The name used in the taxonomy file, e.g. {@code partial-last-4}. */
    public String id() {
        return id;
    }

    public static Optional<MaskingRule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
