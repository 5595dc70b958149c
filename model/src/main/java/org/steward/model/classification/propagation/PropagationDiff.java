package org.steward.model.classification.propagation;

import java.util.List;

/**
 * What an edit does to propagated labels.
 *
 * @param changedOrigins labels present before and after whose origins differ
 * @param newStops       places where a label is now stopped that were not before
 */
public record PropagationDiff(List<PropagatedLabel> added, List<PropagatedLabel> removed,
                              List<PropagatedLabel> changedOrigins, List<PropagationStop> newStops) {

    public PropagationDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changedOrigins = List.copyOf(changedOrigins);
        newStops = List.copyOf(newStops);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changedOrigins.isEmpty() && newStops.isEmpty();
    }
}
