package org.steward.model.classification.propagation;

/** A classification put on an entity or column directly, which propagates downstream when {@code propagate}. */
public record DirectLabel(long entityId, String classification, boolean propagate) {
}
