package org.steward.views.lineage.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.steward.model.lineage.LineageSubgraph;
import org.steward.views.lineage.layout.LayoutThread;
import org.steward.views.lineage.layout.LineageLayout;

/**
 * Times {@link LineageLayout} on generated layered pipelines and, when Graphviz is installed, {@code dot} on the
 * same graphs. Each Steward figure is the best of three runs after a warm-up; dot runs once (it is a fresh process).
 */
public final class LayoutBenchmark {
    private static final long SEED = 20_240_601L;
    private static final int RUNS = 3;
    private static final Duration DOT_TIMEOUT = Duration.ofMinutes(5);

    private LayoutBenchmark() {
    }

    public static List<LayoutTiming> run(int... nodeCounts) {
        return run(new DotRunner(DOT_TIMEOUT), nodeCounts);
    }

    /** Steward's layout only, for quick checks. */
    public static List<LayoutTiming> runWithoutDot(int... nodeCounts) {
        return run(null, nodeCounts);
    }

    private static List<LayoutTiming> run(DotRunner dot, int... nodeCounts) {
        LineageLayout layout = new LineageLayout();
        layout(layout, GeneratedLineage.layeredDag(500, SEED));
        List<LayoutTiming> timings = new ArrayList<>();
        for (int count : nodeCounts) {
            LineageSubgraph graph = GeneratedLineage.layeredDag(count, SEED);
            double best = Double.MAX_VALUE;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                layout(layout, graph);
                best = Math.min(best, (System.nanoTime() - start) / 1e6);
            }
            double dotMillis = dot == null ? Double.NaN : dot.time(graph);
            timings.add(new LayoutTiming(graph.nodes().size(), graph.edges().size(), best, dotMillis));
        }
        return timings;
    }

    private static void layout(LineageLayout layout, LineageSubgraph graph) {
        try {
            LayoutThread.run(() -> layout.layout(graph));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("layout benchmark interrupted", e);
        }
    }
}
