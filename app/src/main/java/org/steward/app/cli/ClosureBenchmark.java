package org.steward.app.cli;

import java.util.Arrays;
import org.steward.model.lineage.Closure;
import org.steward.model.lineage.LineageGraph;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageRequest;
import org.steward.model.lineage.SyntheticLineage;

/** Times full downstream closures from a few focus nodes of a generated graph after a warm-up. */
final class ClosureBenchmark {
    private static final int FOCUS_NODES = 8;
    private static final int ROUNDS = 5;
    private static final int WARMUP = 5;

    private final int edges;

    ClosureBenchmark(int edges) {
        this.edges = edges;
    }

    record Result(int nodes, int edges, int focusNodes, int samples, int reached, double p50Millis, double p95Millis,
                  double maxMillis) {
    }

    Result run() {
        int nodes = Math.max(2, edges / 4);
        LineageGraph graph = SyntheticLineage.graph(nodes, edges, 42);
        long[] focus = new long[FOCUS_NODES];
        for (int i = 0; i < FOCUS_NODES; i++) {
            focus[i] = 1 + (long) i * (nodes / (FOCUS_NODES * 4));
        }
        for (int i = 0; i < WARMUP; i++) {
            for (long id : focus) {
                graph.closure(id, true, LineageRequest.ALL, LineageLevel.DATASET);
            }
        }
        long[] times = new long[FOCUS_NODES * ROUNDS];
        int reached = 0;
        int sample = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (long id : focus) {
                long started = System.nanoTime();
                Closure closure = graph.closure(id, true, LineageRequest.ALL, LineageLevel.DATASET);
                times[sample++] = System.nanoTime() - started;
                reached = Math.max(reached, closure.size());
            }
        }
        Arrays.sort(times);
        return new Result(graph.nodeCount(LineageLevel.DATASET), graph.edgeCount(LineageLevel.DATASET),
                FOCUS_NODES, times.length, reached, millis(times, 0.50), millis(times, 0.95), times[times.length - 1] / 1e6);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
