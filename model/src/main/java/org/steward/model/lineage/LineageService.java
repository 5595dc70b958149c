package org.steward.model.lineage;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lineage questions over a workspace, answered from an in-memory graph; thread-safe. */
public interface LineageService {

    /** The subgraph around a focus, with pending lineage edits overlaid. */
    LineageSubgraph subgraph(LineageRequest request);

    /** One node's direct neighbours (both directions) at a level, for expanding a node in the view. */
    LineageSubgraph neighbours(long nodeId, LineageLevel level);

    /** Every downstream dataset, dashboard and ML feature, owners to notify and labels that would propagate. */
    ImpactReport impact(long nodeId, int depth);

    /** Ids of nodes on any directed path between two nodes (either direction); empty when none. */
    Set<Long> nodesOnPaths(long fromId, long toId, LineageLevel level);

    /** Ids of every entity upstream or downstream of a node, within a depth, in breadth-first order. */
    List<Long> closure(long nodeId, boolean downstream, int depth, LineageLevel level);

    /**
     * Like {@link #closure} with each entity's hop distance (positive), in breadth-first order. The default walks
     * one hop at a time through {@link #closure}; the graph service answers from its arrays.
     */
    default Map<Long, Integer> closureDistances(long nodeId, boolean downstream, int depth, LineageLevel level) {
        Map<Long, Integer> distances = new LinkedHashMap<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(nodeId));
        Map<Long, Integer> seen = new LinkedHashMap<>(Map.of(nodeId, 0));
        while (!queue.isEmpty()) {
            long current = queue.poll();
            int hops = seen.get(current);
            if (hops >= depth) {
                continue;
            }
            for (long next : closure(current, downstream, 1, level)) {
                if (!seen.containsKey(next)) {
                    seen.put(next, hops + 1);
                    distances.put(next, hops + 1);
                    queue.add(next);
                }
            }
        }
        return distances;
    }
}
