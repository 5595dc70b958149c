package org.steward.model.policy;

import java.util.List;

/**
 * Personal data reaching {@code target} from {@code origin}, which holds it; {@code via} lists the unclassified
 * datasets in between (empty for a direct feed).
 */
public record DataFlow(EntityFacts origin, EntityFacts target, List<String> labels, List<String> via) {

    public DataFlow {
        labels = List.copyOf(labels);
        via = List.copyOf(via);
    }

    public String path() {
        StringBuilder path = new StringBuilder(origin.qualifiedName());
        via.forEach(step -> path.append(" → ").append(step));
        return path.append(" → ").append(target.qualifiedName()).toString();
    }
}
