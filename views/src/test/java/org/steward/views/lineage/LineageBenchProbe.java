package org.steward.views.lineage;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.views.lineage.bench.FrameTimeBenchmark;
import org.steward.views.lineage.bench.LayoutBenchmark;

/** The lineage benchmarks from Maven: {@code -Dtest=LineageBenchProbe -Dsteward.bench=true} (dot adds minutes). */
@EnabledIfSystemProperty(named = "steward.bench", matches = "true")
class LineageBenchProbe {
    private static final Logger LOG = LoggerFactory.getLogger(LineageBenchProbe.class);

    @Test
    void frames() {
        double[] times = FrameTimeBenchmark.frameTimes(10_000, 300);
        String[] phases = {"overview", "zoom 0.3", "zoom 1.0"};
        for (int p = 0; p < 3; p++) {
            double[] part = Arrays.copyOfRange(times, p * 100, p * 100 + 100);
            Arrays.sort(part);
            LOG.warn("{}: median {} ms, p90 {} ms, max {} ms", phases[p], part[50], part[90], part[99]);
        }
        LOG.warn("{}", FrameTimeBenchmark.run(10_000, 300));
    }

    @Test
    @EnabledIfSystemProperty(named = "steward.bench.dot", matches = "true")
    void layoutWithDot() {
        LayoutBenchmark.run(2_000, 10_000).forEach(timing -> LOG.warn("{} ratio {}", timing, timing.ratio()));
    }

    @Test
    void layout() {
        LayoutBenchmark.runWithoutDot(2_000, 10_000).forEach(timing -> LOG.warn("{}", timing));
    }
}
