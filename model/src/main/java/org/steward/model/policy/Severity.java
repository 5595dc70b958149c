package org.steward.model.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How bad a violation is, from a note to a stop-the-pipeline finding; ordered from least to most severe. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

    /** The lower-case name used in rule files and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    public static Optional<Severity> parse(String text) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(severity -> severity.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
