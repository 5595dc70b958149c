package org.steward.app.cli;

import java.util.List;
import java.util.function.Supplier;

/**
 * Where {@code steward bench lineage} finds its extra parts. EXTENSION POINT: wire
 * {@code org.steward.views.lineage.bench.LayoutBenchmark} and {@code FrameTimeBenchmark} here as suppliers of
 * {@link LineageBenchPart}s once the graph view lands.
 */
final class LineageBenchParts {

    private LineageBenchParts() {
    }

    static List<Supplier<LineageBenchPart>> viewParts() {
        return List.of();
    }
}
