package org.steward.model.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LineageService} over a cached {@link LineageGraph}. The graph is loaded on first use and again on the
 * first use after {@link #invalidate()} (the workspace calls it when the catalog changes). Stored lineage answers
 * closures, paths and impact; pending lineage edits are overlaid on subgraphs only.
 */
public final class GraphLineageService implements LineageService {
    private static final Logger LOG = LoggerFactory.getLogger(GraphLineageService.class);

    private final LineageSource source;
    private final Object loadLock = new Object();
    private volatile LineageGraph graph;

    public GraphLineageService(LineageSource source) {
        this.source = source;
    }

    /** Drops the cached graph; the next question reloads it. */
    public void invalidate() {
        graph = null;
    }

    /** The current graph, loaded if needed. */
    public LineageGraph graph() {
        LineageGraph current = graph;
        if (current != null) {
            return current;
        }
        synchronized (loadLock) {
            if (graph == null) {
                long started = System.nanoTime();
                graph = source.loadGraph();
                LOG.info("Loaded lineage graph in {} ms: {} dataset-level edges, {} column-level edges",
                        (System.nanoTime() - started) / 1_000_000, graph.edgeCount(LineageLevel.DATASET),
                        graph.edgeCount(LineageLevel.COLUMN));
            }
            return graph;
        }
    }

    @Override
    public LineageSubgraph subgraph(LineageRequest request) {
        return new SubgraphAssembler(source, graph()).assemble(request);
    }

    @Override
    public LineageSubgraph neighbours(long nodeId, LineageLevel level) {
        return subgraph(new LineageRequest(nodeId, 1, 1, level, LineageRequest.DEFAULT_MAX_NODES));
    }

    @Override
    public ImpactReport impact(long nodeId, int depth) {
        return new ImpactAnalysis(source, graph()).report(nodeId, depth);
    }

    @Override
    public Set<Long> nodesOnPaths(long fromId, long toId, LineageLevel level) {
        Set<Long> forward = onPaths(fromId, toId, level);
        return forward.isEmpty() ? onPaths(toId, fromId, level) : forward;
    }

    private Set<Long> onPaths(long fromId, long toId, LineageLevel level) {
        CompactDigraph digraph = graph().level(level);
        Closure after = digraph.closure(fromId, true, LineageRequest.ALL, Integer.MAX_VALUE);
        Closure before = digraph.closure(toId, false, LineageRequest.ALL, Integer.MAX_VALUE);
        Set<Long> upstreamOfTarget = new java.util.HashSet<>(before.size() * 2);
        for (long id : before.ids()) {
            upstreamOfTarget.add(id);
        }
        Set<Long> result = new LinkedHashSet<>();
        for (long id : after.ids()) {
            if (id == toId) {
                result.add(id);
            } else if (upstreamOfTarget.contains(id)) {
                result.add(id);
            }
        }
        if (result.contains(toId)) {
            Set<Long> ordered = new LinkedHashSet<>();
            ordered.add(fromId);
            ordered.addAll(result);
            return ordered;
        }
        return Set.of();
    }

    @Override
    public List<Long> closure(long nodeId, boolean downstream, int depth, LineageLevel level) {
        Closure closure = graph().closure(nodeId, downstream, depth, level);
        List<Long> ids = new ArrayList<>(closure.size());
        for (long id : closure.ids()) {
            ids.add(id);
        }
        return ids;
    }

    @Override
    public Map<Long, Integer> closureDistances(long nodeId, boolean downstream, int depth, LineageLevel level) {
        Closure closure = graph().closure(nodeId, downstream, depth, level);
        Map<Long, Integer> distances = new LinkedHashMap<>(closure.size() * 2);
        for (int i = 0; i < closure.size(); i++) {
            distances.put(closure.ids()[i], closure.distances()[i]);
        }
        return distances;
    }

    /** The full closure as arrays, without boxing: what the benchmark and large callers use. */
    public Closure closureArrays(long nodeId, boolean downstream, int depth, LineageLevel level) {
        return graph().closure(nodeId, downstream, depth, level);
    }
}
