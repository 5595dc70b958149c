package org.steward.model.lineage;

/**
 * The entities reached from a start node, in breadth-first order, with their hop distance (always positive).
 * Arrays are owned by the closure; do not modify them.
 */
public record Closure(long[] ids, int[] distances, boolean truncated) {

    public int size() {
        return ids.length;
    }
}
