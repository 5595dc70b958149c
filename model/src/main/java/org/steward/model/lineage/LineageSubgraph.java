package org.steward.model.lineage;

import java.util.List;
import java.util.Map;

/**
 * The part of the lineage graph a view shows, with pending lineage changes overlaid.
 *
 * @param distance  per node id, signed hops from the focus: negative upstream, positive downstream, 0 the focus
 * @param truncated the request's node limit cut the subgraph short
 */
public record LineageSubgraph(LineageRequest request, List<LineageNode> nodes, List<LineageEdge> edges,
                              Map<Long, Integer> distance, boolean truncated) {

    public LineageSubgraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        distance = Map.copyOf(distance);
    }
}
