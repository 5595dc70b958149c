package org.steward.model.classification.propagation;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** A classification that reaches an entity by propagation, once, with every entity it came from. */
public record PropagatedLabel(long entityId, String classification, SortedSet<Long> originIds) {

    public PropagatedLabel {
        originIds = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(originIds));
    }

    public PropagatedLabel(long entityId, String classification, Set<Long> originIds) {
        this(entityId, classification, new TreeSet<>(originIds));
    }
}
