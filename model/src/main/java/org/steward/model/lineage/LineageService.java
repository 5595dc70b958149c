package org.steward.model.lineage;

import java.util.List;
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
}
