package org.steward.model.policy;

import java.util.List;

/**
 * A column as the rules see it.
 *
 * @param labels      classification names on the column, direct and propagated
 * @param suspected   whether the column looks like personal data by its name or samples; only worked out for
 *                    columns without labels, where it matters
 */
public record ColumnFacts(long id, String name, List<String> labels, boolean suspected) {

    public ColumnFacts {
        labels = List.copyOf(labels);
    }

    public ColumnFacts withLabels(List<String> newLabels) {
        return new ColumnFacts(id, name, newLabels, suspected);
    }
}
