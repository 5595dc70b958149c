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
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.steward.views.lineage.canvas.LineageCanvas;
import org.steward.views.lineage.canvas.Viewport;
import org.steward.views.lineage.layout.GraphLayout;
import org.steward.views.lineage.layout.LayoutThread;
import org.steward.views.lineage.layout.LineageLayout;

/**
 * Draws a laid-out generated graph on a 1600 × 1000 {@link LineageCanvas} through a pan/zoom sequence (whole-graph
 * overviews, mid zoom, readable cards) and times each full redraw: issuing the drawing and rendering it (forced by
 * a snapshot into a reused image). Starts the JavaFX toolkit when it is not running.
 */
public final class FrameTimeBenchmark {
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 1000;
    private static final int WARM_UP = 20;

    private FrameTimeBenchmark() {
    }

    public static FrameTiming run(int nodes, int frames) {
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
            double[] sorted = times.get(10, TimeUnit.MINUTES);
            Arrays.sort(sorted);
            return new FrameTiming(nodes, frames, percentile(sorted, 0.50), percentile(sorted, 0.95),
                    percentile(sorted, 0.99), sorted[sorted.length - 1]);
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
        WritableImage image = new WritableImage((int) WIDTH, (int) HEIGHT);
        SnapshotParameters parameters = new SnapshotParameters();
        for (int i = 0; i < WARM_UP; i++) {
            frame(canvas, layout, i, frames, image, parameters);
        }
        double[] times = new double[frames];
        for (int i = 0; i < frames; i++) {
            long start = System.nanoTime();
            frame(canvas, layout, i, frames, image, parameters);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        scene.setRoot(new StackPane());
        return times;
    }

    /** One step of the sequence: thirds at overview, mid and card zoom, panning across the graph. */
    private static void frame(LineageCanvas canvas, GraphLayout layout, int i, int frames, WritableImage image,
                              SnapshotParameters parameters) {
        Viewport viewport = canvas.viewport();
        double t = (double) i / Math.max(1, frames);
        int phase = i % 3;
        double scale = phase == 0 ? Math.min(1, Math.min(WIDTH / layout.width(), HEIGHT / layout.height()))
                : phase == 1 ? 0.3 : 1.0;
        double worldX = layout.width() * t;
        double worldY = layout.height() * (0.5 + 0.4 * Math.sin(t * 6.28));
        viewport.set(scale, 0, 0);
        viewport.centerOn(worldX, worldY, WIDTH, HEIGHT);
        canvas.redrawNow();
        canvas.snapshot(parameters, image);
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
