package org.steward.model.platform;

import java.util.List;

/**
 * What to pull.
 *
 * @param types      entity type names (e.g. {@code hive_table}); empty means every dataset and process type
 * @param full       ignore the last pull's high-water mark and pull everything again
 * @param lineageOf  qualified names of entities whose lineage to pull as well
 */
public record PullRequest(List<String> types, boolean full, List<String> lineageOf) {

    public PullRequest {
        types = List.copyOf(types);
        lineageOf = List.copyOf(lineageOf);
    }

    public static PullRequest everything() {
        return new PullRequest(List.of(), false, List.of());
    }
}
