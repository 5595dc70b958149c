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

    @Test
    void bigGraphPictures() throws Exception {
        FrameTimeBenchmark.run(100, 3);
        var layout = new org.steward.views.lineage.layout.LineageLayout().layout(
                org.steward.views.lineage.bench.GeneratedLineage.layeredDag(10_000, 42));
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                var canvas = new org.steward.views.lineage.canvas.LineageCanvas();
                var root = new javafx.scene.layout.StackPane(canvas);
                new javafx.scene.Scene(root, 1600, 1000);
                root.resize(1600, 1000);
                root.applyCss();
                root.layout();
                canvas.setGraph(layout);
                canvas.redrawNow();
                canvas.fit();
                write(canvas, "big-fit.png");
                for (double scale : new double[] {0.1, 0.3, 1.0}) {
                    canvas.viewport().set(scale, 0, 0);
                    canvas.viewport().centerOn(layout.width() / 2, layout.height() / 2, 1600, 1000);
                    write(canvas, "big-" + scale + ".png");
                }
                done.complete(null);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        done.get(2, java.util.concurrent.TimeUnit.MINUTES);
    }

    private static void write(org.steward.views.lineage.canvas.LineageCanvas canvas, String name) throws Exception {
        var image = canvas.snapshotView();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, w);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        PngEncoder.write(pixels, w, h, java.nio.file.Path.of("target/screenshots", name));
    }
}
