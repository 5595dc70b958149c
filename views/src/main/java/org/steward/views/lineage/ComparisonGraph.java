package org.steward.views.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.steward.model.lineage.LineageDiff;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageNode;
import org.steward.model.lineage.LineageRequest;
import org.steward.model.lineage.LineageSnapshot;
import org.steward.model.lineage.LineageSubgraph;
import org.steward.views.lineage.canvas.DiffState;
import org.steward.views.lineage.canvas.GraphDiffOverlay;

/**
 * Two lineage exports as one graph to draw: every dataset, process and dashboard of either (numbered 1…n in
 * qualified-name order, since neither file's nodes need be in the workspace), their dataset-level edges, and the
 * diff as colours (only in the newer file: added; only in the older: removed; in both but different: changed).
 * Above {@link #MAX_NODES} only what differs and its direct neighbours are kept.
 */
record ComparisonGraph(LineageSubgraph subgraph, GraphDiffOverlay overlay, LineageDiff diff) {
    static final int MAX_NODES = 20_000;

    static ComparisonGraph of(LineageSnapshot before, LineageSnapshot after, String olderName, String newerName) {
        LineageDiff diff = LineageDiff.between(before, after);
        Map<String, LineageSnapshot.Node> union = new TreeMap<>(before.nodes());
        union.putAll(after.nodes());
        Map<String, Long> ids = new HashMap<>();
        union.keySet().forEach(name -> ids.put(name, ids.size() + 1L));
        Set<LineageSnapshot.Edge> edges = new HashSet<>(before.edges());
        edges.addAll(after.edges());
        Map<Long, DiffState> nodeStates = new HashMap<>();
        diff.addedNodes().forEach(node -> nodeStates.put(ids.get(node.qualifiedName()), DiffState.ADDED));
        diff.removedNodes().forEach(node -> nodeStates.put(ids.get(node.qualifiedName()), DiffState.REMOVED));
        diff.changedNodes().forEach(node -> nodeStates.put(ids.get(node.after().qualifiedName()), DiffState.CHANGED));
        Map<GraphDiffOverlay.EdgeKey, DiffState> edgeStates = new HashMap<>();
        diff.addedEdges().forEach(edge -> key(edge, ids).ifPresent(key -> edgeStates.put(key, DiffState.ADDED)));
        diff.removedEdges().forEach(edge -> key(edge, ids).ifPresent(key -> edgeStates.put(key, DiffState.REMOVED)));
        List<LineageEdge> graphEdges = new ArrayList<>();
        for (LineageSnapshot.Edge edge : edges) {
            key(edge, ids).ifPresent(key -> graphEdges.add(LineageEdge.stored(key.fromId(), key.toId(),
                    LineageLevel.DATASET, null)));
        }
        graphEdges.sort(java.util.Comparator.comparingLong(LineageEdge::fromId).thenComparingLong(LineageEdge::toId));
        Set<Long> kept = kept(ids.size(), nodeStates.keySet(), edgeStates.keySet(), graphEdges);
        Map<Long, LineageNode> nodes = new LinkedHashMap<>();
        union.forEach((name, node) -> {
            long id = ids.get(name);
            if (kept.contains(id)) {
                nodes.put(id, new LineageNode(id, node.type(), node.subtype(), node.name(), name, "", null,
                        List.of(), false));
            }
        });
        List<LineageEdge> shownEdges = graphEdges.stream()
                .filter(edge -> nodes.containsKey(edge.fromId()) && nodes.containsKey(edge.toId())).toList();
        Map<Long, Integer> distance = new HashMap<>();
        nodes.keySet().forEach(id -> distance.put(id, 0));
        long focus = nodes.isEmpty() ? 0 : nodes.keySet().iterator().next();
        LineageSubgraph subgraph = new LineageSubgraph(new LineageRequest(focus, LineageRequest.ALL,
                LineageRequest.ALL, LineageLevel.DATASET, MAX_NODES), List.copyOf(nodes.values()), shownEdges,
                distance, nodes.size() < ids.size());
        String title = String.format("%s → %s: %d added, %d changed, %d removed nodes; %d added, %d removed edges",
                olderName, newerName, diff.addedNodes().size(), diff.changedNodes().size(),
                diff.removedNodes().size(), diff.addedEdges().size(), diff.removedEdges().size());
        return new ComparisonGraph(subgraph, new GraphDiffOverlay(title, nodeStates, edgeStates), diff);
    }

    /** Upstream or downstream node count of a node within the drawn graph. */
    int reach(long nodeId, boolean downstream) {
        return reachable(nodeId, downstream).size() - 1;
    }

    /** Nodes on any directed path between two nodes, in either direction, within the drawn graph. */
    Set<Long> nodesOnPaths(long fromId, long toId) {
        Set<Long> on = new HashSet<>();
        for (boolean forward : new boolean[] {true, false}) {
            Set<Long> below = reachable(fromId, forward);
            if (below.contains(toId)) {
                Set<Long> above = reachable(toId, !forward);
                below.retainAll(above);
                on.addAll(below);
            }
        }
        return on;
    }

    private Set<Long> reachable(long nodeId, boolean downstream) {
        Map<Long, List<Long>> next = new HashMap<>();
        for (LineageEdge edge : subgraph.edges()) {
            long from = downstream ? edge.fromId() : edge.toId();
            long to = downstream ? edge.toId() : edge.fromId();
            next.computeIfAbsent(from, key -> new ArrayList<>()).add(to);
        }
        Set<Long> seen = new HashSet<>(List.of(nodeId));
        Deque<Long> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            for (long neighbour : next.getOrDefault(queue.poll(), List.of())) {
                if (seen.add(neighbour)) {
                    queue.add(neighbour);
                }
            }
        }
        return seen;
    }

    private static Set<Long> kept(int count, Set<Long> changedNodes, Set<GraphDiffOverlay.EdgeKey> changedEdges,
                                  List<LineageEdge> edges) {
        Set<Long> kept = new HashSet<>();
        if (count <= MAX_NODES) {
            for (long id = 1; id <= count; id++) {
                kept.add(id);
            }
            return kept;
        }
        kept.addAll(changedNodes);
        changedEdges.forEach(key -> {
            kept.add(key.fromId());
            kept.add(key.toId());
        });
        Set<Long> differing = Set.copyOf(kept);
        for (LineageEdge edge : edges) {
            if (kept.size() >= MAX_NODES) {
                break;
            }
            if (differing.contains(edge.fromId()) || differing.contains(edge.toId())) {
                kept.add(edge.fromId());
                kept.add(edge.toId());
            }
        }
        return kept;
    }

    private static java.util.Optional<GraphDiffOverlay.EdgeKey> key(LineageSnapshot.Edge edge, Map<String, Long> ids) {
        Long from = ids.get(edge.fromQualifiedName());
        Long to = ids.get(edge.toQualifiedName());
        return edge.level() == LineageLevel.DATASET && from != null && to != null && !from.equals(to)
                ? java.util.Optional.of(new GraphDiffOverlay.EdgeKey(from, to)) : java.util.Optional.empty();
    }
}
