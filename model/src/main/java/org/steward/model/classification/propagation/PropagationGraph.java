package org.steward.model.classification.propagation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.CompactDigraph;
import org.steward.model.lineage.LineageGraph;
import org.steward.model.lineage.LineageLevel;

/**
 * Where labels can flow: dataset-level edges (dataset → process → dataset, dataset → dashboard) and column-level
 * edges with the process deriving them. A column's label follows its column edges; from its dataset to a
 * downstream dataset that no column edge reaches, it falls back to the dataset level and labels the dataset.
 */
public final class PropagationGraph {
    private final Map<Long, Node> nodes;
    private final Map<Long, List<long[]>> datasetOut;
    private final Map<Long, List<long[]>> columnOut;
    private final Set<Long> columnCovered;

    private PropagationGraph(Map<Long, Node> nodes, Map<Long, List<long[]>> datasetOut,
                             Map<Long, List<long[]>> columnOut) {
        this.nodes = nodes;
        this.datasetOut = datasetOut;
        this.columnOut = columnOut;
        this.columnCovered = new HashSet<>();
        columnOut.forEach((from, edges) -> {
            long fromParent = parent(from);
            for (long[] edge : edges) {
                columnCovered.add(pairKey(fromParent, parent(edge[0])));
            }
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every edge of a stored lineage graph. */
    public static Builder from(LineageGraph graph) {
        Builder builder = new Builder();
        for (LineageLevel level : LineageLevel.values()) {
            CompactDigraph digraph = graph.level(level);
            for (int i = 0; i < digraph.nodeCount(); i++) {
                long id = digraph.id(i);
                builder.node(id, digraph.type(i), digraph.parentId(i));
                digraph.forEachOut(i, (fromId, toId, via) -> builder.edge(fromId, toId, via == null ? 0 : via));
            }
        }
        return builder;
    }

    public boolean contains(long id) {
        return nodes.containsKey(id);
    }

    public EntityType type(long id) {
        Node node = nodes.get(id);
        return node == null ? null : node.type();
    }

    /** A column's dataset, or 0. */
    public long parent(long id) {
        Node node = nodes.get(id);
        return node == null ? 0 : node.parent();
    }

    /** Where a label on {@code id} flows next, one hop (through at most one process). */
    List<Hop> hops(long id) {
        List<Hop> hops = new ArrayList<>();
        if (type(id) == EntityType.COLUMN) {
            for (long[] edge : columnOut.getOrDefault(id, List.of())) {
                hops.add(new Hop(id, edge[0], edge[1], id, edge[0]));
            }
            long dataset = parent(id);
            for (Hop hop : datasetHops(dataset)) {
                if (!columnCovered.contains(pairKey(dataset, hop.to()))) {
                    hops.add(new Hop(id, hop.to(), hop.via(), hop.edgeFrom(), hop.edgeTo()));
                }
            }
        } else {
            hops.addAll(datasetHops(id));
        }
        return hops;
    }

    private List<Hop> datasetHops(long id) {
        List<Hop> hops = new ArrayList<>();
        for (long[] edge : datasetOut.getOrDefault(id, List.of())) {
            long next = edge[0];
            if (type(next) == EntityType.PROCESS) {
                for (long[] out : datasetOut.getOrDefault(next, List.of())) {
                    if (type(out[0]) != EntityType.PROCESS) {
                        hops.add(new Hop(id, out[0], next, id, next, next, out[0]));
                    }
                }
            } else {
                hops.add(new Hop(id, next, 0, id, next));
            }
        }
        return hops;
    }

    private static long pairKey(long from, long to) {
        return from * 1_000_003L + to;
    }

    private record Node(EntityType type, long parent) {
    }

    /**
     * One step of a label: from an entity to the next, through process {@code via} (0 when none), crossing the
     * stored edges {@code edgeFrom → edgeTo} (and, through a process, {@code secondFrom → secondTo}).
     */
    record Hop(long from, long to, long via, long edgeFrom, long edgeTo, long secondFrom, long secondTo) {
        Hop(long from, long to, long via, long edgeFrom, long edgeTo) {
            this(from, to, via, edgeFrom, edgeTo, 0, 0);
        }
    }

    /** Collects nodes and edges; pending edits add and take away edges and processes before building. */
    public static final class Builder {
        private final Map<Long, Node> nodes = new HashMap<>();
        private final Map<Long, Map<Long, Long>> edges = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder node(long id, EntityType type, Long parent) {
            nodes.put(id, new Node(type, parent == null ? 0 : parent));
            return this;
        }

        public Builder edge(long from, long to, long via) {
            edges.computeIfAbsent(from, k -> new LinkedHashMap<>()).put(to, via);
            return this;
        }

        public Builder removeEdge(long from, long to) {
            Map<Long, Long> out = edges.get(from);
            if (out != null) {
                out.remove(to);
            }
            return this;
        }

        /** Takes a node and every edge touching it away (a deleted entity, a process removed). */
        public Builder removeNode(long id) {
            nodes.remove(id);
            edges.remove(id);
            edges.values().forEach(out -> {
                out.remove(id);
                out.values().removeIf(via -> via == id);
            });
            return this;
        }

        public boolean hasNode(long id) {
            return nodes.containsKey(id);
        }

        public PropagationGraph build() {
            Map<Long, List<long[]>> datasetOut = new HashMap<>();
            Map<Long, List<long[]>> columnOut = new HashMap<>();
            edges.forEach((from, out) -> out.forEach((to, via) -> {
                Node a = nodes.get(from);
                Node b = nodes.get(to);
                if (a == null || b == null) {
                    return;
                }
                boolean column = a.type() == EntityType.COLUMN && b.type() == EntityType.COLUMN;
                (column ? columnOut : datasetOut).computeIfAbsent(from, k -> new ArrayList<>())
                        .add(new long[] {to, via});
            }));
            return new PropagationGraph(Map.copyOf(nodes), datasetOut, columnOut);
        }
    }
}
