package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import org.steward.views.lineage.bench.FrameTimeBenchmark;
import org.steward.views.lineage.bench.FrameTiming;
import org.steward.views.lineage.bench.LayoutBenchmark;
import org.steward.views.lineage.bench.LayoutTiming;

/** The graph view's parts of {@code steward bench lineage}: layout against Graphviz dot, and frame times. */
final class LineageBenchParts {
    static final int SMALL_GRAPH = 2_000;
    static final int LARGE_GRAPH = 10_000;
    private static final int FRAMES = 300;

    private LineageBenchParts() {
    }

    static List<Supplier<LineageBenchPart>> viewParts() {
        return List.of(() -> new Layout(false), Frames::new);
    }

    /** Layout of generated lineage DAGs; dot on the large graph takes minutes, so only when asked. */
    static final class Layout implements LineageBenchPart {
        private final boolean dotOnLargeGraph;

        Layout(boolean dotOnLargeGraph) {
            this.dotOnLargeGraph = dotOnLargeGraph;
        }

        @Override
        public String title() {
            return "lineage layout (layered, left to right) against Graphviz dot on the same graphs";
        }

        @Override
        public void run(PrintWriter out) {
            print(out, LayoutBenchmark.run(SMALL_GRAPH));
            print(out, dotOnLargeGraph ? LayoutBenchmark.run(LARGE_GRAPH) : LayoutBenchmark.runWithoutDot(LARGE_GRAPH));
            if (!dotOnLargeGraph) {
                out.println("  (dot on the 10,000-node graph takes minutes; add --dot-large to time it too)");
            }
        }

        private static void print(PrintWriter out, List<LayoutTiming> timings) {
            for (LayoutTiming timing : timings) {
                if (Double.isNaN(timing.dotMillis())) {
                    out.printf("  %,6d nodes / %,6d edges: Steward %,.0f ms   dot not run%n", timing.nodes(),
                            timing.edges(), timing.stewardMillis());
                } else {
                    out.printf("  %,6d nodes / %,6d edges: Steward %,.0f ms   dot %,.0f ms   dot/Steward %.1fx%n",
                            timing.nodes(), timing.edges(), timing.stewardMillis(), timing.dotMillis(),
                            timing.ratio());
                }
            }
            out.flush();
        }
    }

    /** Redraws of the canvas through a pan and zoom sequence; needs a display (Xvfb on a server). */
    static final class Frames implements LineageBenchPart {
        @Override
        public String title() {
            return "lineage canvas: frame time of a " + LARGE_GRAPH + "-node graph through " + FRAMES
                    + " frames of drags and wheel gestures (overview, zoom 0.3, zoom 1.0) arriving at 60 a second, each"
                    + " from its input until rasterised, after one untimed pass";
        }

        @Override
        public void run(PrintWriter out) {
            try {
                FrameTiming timing = FrameTimeBenchmark.run(LARGE_GRAPH, FRAMES);
                out.printf("  all frames: p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms%n",
                        timing.p50Millis(), timing.p95Millis(), timing.p99Millis(), timing.maxMillis());
                out.printf("  of which %d crisp redraws when a wheel gesture stops: p50 %.1f ms   max %.1f ms%n",
                        timing.settleFrames(), timing.settleP50Millis(), timing.settleMaxMillis());
            } catch (RuntimeException | ExceptionInInitializerError e) {
                out.println("  not measured: the JavaFX toolkit could not start (" + e.getMessage()
                        + "); run with a display, e.g. under Xvfb");
            }
        }
    }
}
