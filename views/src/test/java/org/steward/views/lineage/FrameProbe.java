package org.steward.views.lineage;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.views.lineage.bench.FrameTimeBenchmark;
import org.steward.views.lineage.bench.GeneratedLineage;
import org.steward.views.lineage.canvas.LineageCanvas;
import org.steward.views.lineage.layout.GraphLayout;
import org.steward.views.lineage.layout.LineageLayout;

@EnabledIfSystemProperty(named = "steward.bench", matches = "true")
class FrameProbe {
    private static final Logger LOG = LoggerFactory.getLogger(FrameProbe.class);

    @Test
    void probe() throws Exception {
        LOG.warn("frames {}", FrameTimeBenchmark.run(10_000, 60));
        GraphLayout layout = new LineageLayout().layout(GeneratedLineage.layeredDag(10_000, 42));
        LOG.warn("size {} x {}", layout.width(), layout.height());
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            LineageCanvas canvas = new LineageCanvas();
            StackPane root = new StackPane(canvas);
            new Scene(root, 1600, 1000);
            root.resize(1600, 1000);
            root.layout();
            canvas.setGraph(layout);
            WritableImage image = new WritableImage(1600, 1000);
            for (double scale : new double[] {0.04, 0.1, 0.2, 0.3, 0.5, 1.0}) {
                for (int k = 0; k < 3; k++) {
                    canvas.viewport().set(scale, 0, 0);
                    canvas.viewport().centerOn(layout.width() / 2, layout.height() / 2, 1600, 1000);
                    long t0 = System.nanoTime();
                    int drawn = canvas.redrawNow();
                    long t1 = System.nanoTime();
                    canvas.snapshot(new SnapshotParameters(), image);
                    long t2 = System.nanoTime();
                    LOG.warn("scale {} drawn {} draw {} ms render {} ms", scale, drawn, (t1 - t0) / 1e6,
                            (t2 - t1) / 1e6);
                }
            }
            done.complete(null);
        });
        done.get(5, TimeUnit.MINUTES);
    }
}
