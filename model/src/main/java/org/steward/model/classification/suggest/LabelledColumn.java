package org.steward.model.classification.suggest;

import java.util.List;

/** A corpus column: its name, sample values and the classification it should get, or {@link #NONE}. */
public record LabelledColumn(String name, List<String> samples, String expected, String part) {

    public static final String NONE = "NONE";

    public LabelledColumn {
        samples = List.copyOf(samples);
    }

    public boolean personal() {
        return !NONE.equals(expected);
    }
}
