package org.steward.views.lineage.bench;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.steward.views.lineage.canvas.LineageCanvas;
import org.steward.views.lineage.canvas.Viewport;
import org.steward.views.lineage.layout.GraphLayout;
import org.steward.views.lineage.layout.LayoutThread;
import org.steward.views.lineage.layout.LineageLayout;

/**
 * Draws a laid-out generated graph on a 1600 × 1000 {@link LineageCanvas} through a pan/zoom sequence (drags and
 * wheel steps at overview, mid and card zoom) and times each frame: issuing the drawing and rendering its pixels
 * (the canvas renders every frame into its frame cache through a snapshot, so the time includes rasterising).
 * Starts the JavaFX toolkit when it is not running.
 */
public final class FrameTimeBenchmark {
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 1000;
    private static final int WARM_UP = 20;

    private FrameTimeBenchmark() {
    }

    public static FrameTiming run(int nodes, int frames) {
        double[] sorted = frameTimes(nodes, frames);
        Arrays.sort(sorted);
        return new FrameTiming(nodes, frames, percentile(sorted, 0.50), percentile(sorted, 0.95),
                percentile(sorted, 0.99), sorted[sorted.length - 1]);
    }

    /** Every frame's time in sequence order, in milliseconds. */
    public static double[] frameTimes(int nodes, int frames) {
        startToolkit();
        GraphLayout layout;
        try {
            layout = LayoutThread.run(() -> new LineageLayout().layout(GeneratedLineage.layeredDag(nodes, 42)));
            CompletableFuture<double[]> times = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    times.complete(measure(layout, frames));
                } catch (RuntimeException e) {
                    times.completeExceptionally(e);
                }
            });
            return times.get(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("frame benchmark interrupted", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("frame benchmark failed", e);
        }
    }

    private static double[] measure(GraphLayout layout, int frames) {
        if (Application.getUserAgentStylesheet() == null) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        }
        LineageCanvas canvas = new LineageCanvas();
        StackPane root = new StackPane(canvas);
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        root.resize(WIDTH, HEIGHT);
        root.applyCss();
        root.layout();
        canvas.setGraph(layout);
        for (int i = 0; i < WARM_UP; i++) {
            frame(canvas, layout, i, frames);
        }
        double[] times = new double[frames];
        for (int i = 0; i < frames; i++) {
            long start = System.nanoTime();
            frame(canvas, layout, i, frames);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        scene.setRoot(new StackPane());
        return times;
    }

    /**
     * One step of the sequence: a third of the frames each at the whole-graph overview, mid zoom (0.3) and card zoom
     * (1.0); within a third the view is dragged 14 × 6 px per frame, with a wheel zoom step every 40th frame.
     */
    private static void frame(LineageCanvas canvas, GraphLayout layout, int i, int frames) {
        Viewport viewport = canvas.viewport();
        int third = Math.max(1, frames / 3);
        int phase = Math.min(2, i / third);
        int step = i % third;
        if (step == 0) {
            double scale = phase == 0 ? Math.min(1, Math.min(WIDTH / layout.width(), HEIGHT / layout.height()))
                    : phase == 1 ? 0.3 : 1.0;
            viewport.set(scale, 0, 0);
            viewport.centerOn(layout.width() * (0.2 + 0.3 * phase), layout.height() / 2, WIDTH, HEIGHT);
        } else if (step % 40 == 0) {
            viewport.zoomAt(step % 80 == 0 ? 1 / 1.1 : 1.1, WIDTH / 2, HEIGHT / 2);
        } else {
            viewport.pan(-14, step % 60 < 30 ? -6 : 6);
        }
        canvas.redrawNow();
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void startToolkit() {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        try {
            started.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.setImplicitExit(false);
    }
}
