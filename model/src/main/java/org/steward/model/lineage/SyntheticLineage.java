package org.steward.model.lineage;

import java.util.SplittableRandom;
import org.steward.model.catalog.EntityType;

/** Generated lineage graphs for benchmarks: edges mostly run forward a short way, like layered pipelines. */
public final class SyntheticLineage {
    private static final int REACH = 64;

    private SyntheticLineage() {
    }

    /** A dataset-level graph of {@code nodes} ids (1…nodes) and exactly {@code edges} edges. */
    public static LineageGraph graph(int nodes, int edges, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LineageGraph.Builder builder = LineageGraph.builder();
        for (int e = 0; e < edges; e++) {
            long from = 1 + (e % (nodes - 1));
            long to = Math.min(nodes, from + 1 + random.nextInt(REACH));
            EntityType fromType = from % 2 == 0 ? EntityType.PROCESS : EntityType.DATASET;
            EntityType toType = to % 2 == 0 ? EntityType.PROCESS : EntityType.DATASET;
            builder.edge(from, fromType, 0, to, toType, 0, 0);
        }
        return builder.build();
    }
}
