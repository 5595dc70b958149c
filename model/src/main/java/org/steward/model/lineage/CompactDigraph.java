package org.steward.model.lineage;

import java.util.Arrays;
import org.steward.model.catalog.EntityType;

/**
 * An immutable directed graph in compressed sparse row form: nodes are int indices over sorted entity ids, forward
 * and reverse adjacency are offset + target int arrays. About 12 bytes per edge and 17 per node, so a million
 * edges fit in tens of megabytes and a breadth-first closure touches only flat arrays.
 */
public final class CompactDigraph {
    private static final EntityType[] TYPES = EntityType.values();
    private static final long NONE = 0;

    private final long[] ids;
    private final byte[] types;
    private final long[] parents;
    private final int[] outStart;
    private final int[] outTarget;
    private final long[] outVia;
    private final int[] inStart;
    private final int[] inSource;

    CompactDigraph(long[] ids, byte[] types, long[] parents, int[] outStart, int[] outTarget, long[] outVia,
                   int[] inStart, int[] inSource) {
        this.ids = ids;
        this.types = types;
        this.parents = parents;
        this.outStart = outStart;
        this.outTarget = outTarget;
        this.outVia = outVia;
        this.inStart = inStart;
        this.inSource = inSource;
    }

    static CompactDigraph empty() {
        return new CompactDigraph(new long[0], new byte[0], new long[0], new int[1], new int[0], new long[0],
                new int[1], new int[0]);
    }

    public int nodeCount() {
        return ids.length;
    }

    public int edgeCount() {
        return outTarget.length;
    }

    /** The node index of an entity id, or -1 when the entity has no edge at this level. */
    public int indexOf(long entityId) {
        int index = Arrays.binarySearch(ids, entityId);
        return index < 0 ? -1 : index;
    }

    public boolean contains(long entityId) {
        return indexOf(entityId) >= 0;
    }

    public long id(int index) {
        return ids[index];
    }

    public EntityType type(int index) {
        return TYPES[types[index]];
    }

    /** The dataset a column belongs to, or {@code null}. */
    public Long parentId(int index) {
        return parents[index] == NONE ? null : parents[index];
    }

    /** Entity ids of the direct successors ({@code downstream}) or predecessors of an entity; empty if unknown. */
    public long[] neighbours(long entityId, boolean downstream) {
        int index = indexOf(entityId);
        if (index < 0) {
            return new long[0];
        }
        int[] start = downstream ? outStart : inStart;
        int[] target = downstream ? outTarget : inSource;
        long[] result = new long[start[index + 1] - start[index]];
        for (int i = 0; i < result.length; i++) {
            result[i] = ids[target[start[index] + i]];
        }
        return result;
    }

    /** Calls {@code visitor} for every edge leaving {@code index}. */
    public void forEachOut(int index, EdgeVisitor visitor) {
        for (int e = outStart[index]; e < outStart[index + 1]; e++) {
            visitor.edge(ids[index], ids[outTarget[e]], outVia[e] == NONE ? null : outVia[e]);
        }
    }

    public boolean hasEdge(long fromId, long toId) {
        int from = indexOf(fromId);
        int to = indexOf(toId);
        if (from < 0 || to < 0) {
            return false;
        }
        for (int e = outStart[from]; e < outStart[from + 1]; e++) {
            if (outTarget[e] == to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Breadth-first closure from one entity, the start excluded, in order of distance.
     *
     * @param depth    hops to follow; {@link LineageRequest#ALL} for no limit
     * @param maxNodes stop after this many nodes and mark the closure truncated
     */
    public Closure closure(long entityId, boolean downstream, int depth, int maxNodes) {
        int start = indexOf(entityId);
        if (start < 0 || depth <= 0) {
            return new Closure(new long[0], new int[0], false);
        }
        int[] offsets = downstream ? outStart : inStart;
        int[] targets = downstream ? outTarget : inSource;
        long[] visited = new long[(ids.length + 63) >>> 6];
        visited[start >>> 6] |= 1L << start;
        int[] queue = new int[Math.min(ids.length, maxNodes == Integer.MAX_VALUE ? ids.length : maxNodes + 1)];
        int[] distance = new int[queue.length];
        int head = 0;
        int tail = 0;
        int current = start;
        int currentDistance = 0;
        boolean truncated = false;
        outer:
        while (true) {
            if (currentDistance < depth) {
                for (int e = offsets[current]; e < offsets[current + 1]; e++) {
                    int next = targets[e];
                    long bit = 1L << next;
                    if ((visited[next >>> 6] & bit) == 0) {
                        if (tail >= maxNodes || tail >= queue.length) {
                            truncated = true;
                            break outer;
                        }
                        visited[next >>> 6] |= bit;
                        queue[tail] = next;
                        distance[tail++] = currentDistance + 1;
                    }
                }
            }
            if (head == tail) {
                break;
            }
            current = queue[head];
            currentDistance = distance[head++];
        }
        long[] found = new long[tail];
        for (int i = 0; i < tail; i++) {
            found[i] = ids[queue[i]];
        }
        return new Closure(found, Arrays.copyOf(distance, tail), truncated);
    }

    /** One edge: data flows from {@code fromId} to {@code toId}, via a process when known. */
    @FunctionalInterface
    public interface EdgeVisitor {
        void edge(long fromId, long toId, Long viaProcessId);
    }
}
