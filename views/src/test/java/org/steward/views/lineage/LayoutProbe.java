package org.steward.views.lineage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.views.lineage.bench.GeneratedLineage;
import org.steward.views.lineage.bench.LayoutBenchmark;
import org.steward.views.lineage.layout.LayoutThread;
import org.steward.views.lineage.layout.LineageLayout;

@EnabledIfSystemProperty(named = "steward.bench", matches = "true")
class LayoutProbe {
    private static final Logger LOG = LoggerFactory.getLogger(LayoutProbe.class);

    @Test
    void probe() throws Exception {
        for (int n : new int[] {500, 1000, 1500, 2000}) {
            var g = GeneratedLineage.layeredDag(n, 1);
            LineageLayout elk = new LineageLayout(Integer.MAX_VALUE);
            LayoutThread.run(() -> elk.layout(g));
            long t = System.nanoTime();
            LayoutThread.run(() -> elk.layout(g));
            LOG.warn("ELK {} nodes {} edges: {} ms", n, g.edges().size(), (System.nanoTime() - t) / 1e6);
        }
        LOG.warn("bench {}", LayoutBenchmark.run(2_000, 10_000));
    }
}
