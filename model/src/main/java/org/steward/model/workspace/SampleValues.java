package org.steward.model.workspace;

import java.util.Arrays;
import java.util.List;

/** Sample values are stored one per line. */
final class SampleValues {

    private SampleValues() {
    }

    static String join(List<String> values) {
        return String.join("\n", values.stream().map(v -> v.replace('\n', ' ').replace('\r', ' ')).toList());
    }

    static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n", -1));
    }
}
