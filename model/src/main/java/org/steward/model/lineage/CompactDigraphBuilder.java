package org.steward.model.lineage;

import java.util.Arrays;
import org.steward.model.catalog.EntityType;

/** Growable edge arrays turned into a {@link CompactDigraph} by sorting node ids and counting degrees. */
final class CompactDigraphBuilder {
    private long[] from = new long[1024];
    private long[] to = new long[1024];
    private long[] via = new long[1024];
    private long[] fromInfo = new long[1024];
    private long[] toInfo = new long[1024];
    private int size;

    void add(long fromId, EntityType fromType, long fromParent, long toId, EntityType toType, long toParent,
             long viaId) {
        if (size == from.length) {
            int capacity = size * 2;
            from = Arrays.copyOf(from, capacity);
            to = Arrays.copyOf(to, capacity);
            via = Arrays.copyOf(via, capacity);
            fromInfo = Arrays.copyOf(fromInfo, capacity);
            toInfo = Arrays.copyOf(toInfo, capacity);
        }
        from[size] = fromId;
        to[size] = toId;
        via[size] = viaId;
        fromInfo[size] = pack(fromType, fromParent);
        toInfo[size] = pack(toType, toParent);
        size++;
    }

    /** Type ordinal in the top byte, parent id (below 2^56) in the rest. */
    private static long pack(EntityType type, long parent) {
        return (long) type.ordinal() << 56 | parent;
    }

    CompactDigraph build() {
        long[] ids = new long[size * 2];
        System.arraycopy(from, 0, ids, 0, size);
        System.arraycopy(to, 0, ids, size, size);
        Arrays.sort(ids);
        int unique = 0;
        for (int i = 0; i < ids.length; i++) {
            if (unique == 0 || ids[unique - 1] != ids[i]) {
                ids[unique++] = ids[i];
            }
        }
        ids = Arrays.copyOf(ids, unique);
        byte[] types = new byte[unique];
        long[] parents = new long[unique];
        int[] source = new int[size];
        int[] target = new int[size];
        int[] outStart = new int[unique + 1];
        int[] inStart = new int[unique + 1];
        for (int e = 0; e < size; e++) {
            source[e] = Arrays.binarySearch(ids, from[e]);
            target[e] = Arrays.binarySearch(ids, to[e]);
            describe(types, parents, source[e], fromInfo[e]);
            describe(types, parents, target[e], toInfo[e]);
            outStart[source[e] + 1]++;
            inStart[target[e] + 1]++;
        }
        for (int i = 0; i < unique; i++) {
            outStart[i + 1] += outStart[i];
            inStart[i + 1] += inStart[i];
        }
        int[] outTarget = new int[size];
        long[] outVia = new long[size];
        int[] inSource = new int[size];
        int[] outFill = Arrays.copyOf(outStart, unique);
        int[] inFill = Arrays.copyOf(inStart, unique);
        for (int e = 0; e < size; e++) {
            int slot = outFill[source[e]]++;
            outTarget[slot] = target[e];
            outVia[slot] = via[e];
            inSource[inFill[target[e]]++] = source[e];
        }
        return new CompactDigraph(ids, types, parents, outStart, outTarget, outVia, inStart, inSource);
    }

    private static void describe(byte[] types, long[] parents, int index, long info) {
        types[index] = (byte) (info >>> 56);
        parents[index] = info & 0x00FF_FFFF_FFFF_FFFFL;
    }
}
