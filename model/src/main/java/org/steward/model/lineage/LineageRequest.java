package org.steward.model.lineage;

/**
 * Which part of the lineage around a focus entity to show.
 *
 * @param upstreamDepth   hops upstream ({@link #ALL} for everything); a process counts as a hop
 * @param downstreamDepth hops downstream ({@link #ALL} for everything)
 * @param maxNodes        stop growing the subgraph at this many nodes and mark it truncated
 */
public record LineageRequest(long focusId, int upstreamDepth, int downstreamDepth, LineageLevel level,
                             int maxNodes) {

    public static final int ALL = Integer.MAX_VALUE;
    public static final int DEFAULT_MAX_NODES = 50_000;

    public LineageRequest {
        if (upstreamDepth < 0 || downstreamDepth < 0) {
            throw new IllegalArgumentException("depths must not be negative");
        }
        if (maxNodes < 1) {
            throw new IllegalArgumentException("maxNodes must be positive");
        }
    }

    public static LineageRequest around(long focusId, int depth, LineageLevel level) {
        return new LineageRequest(focusId, depth, depth, level, DEFAULT_MAX_NODES);
    }
}
