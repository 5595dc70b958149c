package org.steward.model.classification.propagation;

/**
 * A label that did not pass a process or edge.
 *
 * @param atId   the process (or, for an edge block, the edge's upstream end) where it stopped
 * @param toId   the entity it would have reached
 */
public record PropagationStop(long originId, String classification, long atId, long toId, RuleKind reason) {
}
