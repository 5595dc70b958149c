package org.steward.views.lineage.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
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
 * Draws a laid-out generated graph on a 1600 × 1000 {@link LineageCanvas} through a mixed pan and zoom sequence at
 * overview, mid and card zoom, as a user drives it: drags, then wheel gestures of several steps, each ended by the
 * crisp redraw the canvas makes when the wheel stops. Each frame is timed from issuing the drawing until its pixels
 * are rasterised (a one-pixel snapshot of the canvas forces the software pipeline to render the frame), after one
 * untimed pass of the same sequence to warm the JIT up. Starts the JavaFX toolkit when it is not running.
 */
public final class FrameTimeBenchmark {
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 1000;
    /** Frames of one cycle: drags, then a wheel gesture, then the redraw that settles it. */
    private static final int CYCLE = 40;
    private static final int WHEEL_STEPS = 6;
    /** One wheel notch (a scroll delta of 40 at the canvas's 1.0015 per unit). */
    private static final double NOTCH = Math.pow(1.0015, 40);

    private FrameTimeBenchmark() {
    }

    public static FrameTiming run(int nodes, int frames) {
        Frames measured = measureFrames(nodes, frames);
        double[] sorted = measured.times().clone();
        Arrays.sort(sorted);
        double[] settles = measured.settleTimes();
        Arrays.sort(settles);
        return new FrameTiming(nodes, frames, percentile(sorted, 0.50), percentile(sorted, 0.95),
                percentile(sorted, 0.99), sorted[sorted.length - 1], settles.length,
                settles.length == 0 ? Double.NaN : percentile(settles, 0.50),
                settles.length == 0 ? Double.NaN : settles[settles.length - 1]);
    }

    /** Every frame's time in sequence order, in milliseconds. */
    public static double[] frameTimes(int nodes, int frames) {
        return measureFrames(nodes, frames).times();
    }

    private static Frames measureFrames(int nodes, int frames) {
        startToolkit();
        GraphLayout layout;
        try {
            layout = LayoutThread.run(() -> new LineageLayout().layout(GeneratedLineage.layeredDag(nodes, 42)));
            CompletableFuture<Frames> times = new CompletableFuture<>();
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

    private static Frames measure(GraphLayout layout, int frames) {
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
        WritableImage fence = new WritableImage(1, 1);
        SnapshotParameters onePixel = new SnapshotParameters();
        onePixel.setViewport(new Rectangle2D(0, 0, 1, 1));
        for (int i = 0; i < frames; i++) {
            frame(canvas, layout, i, frames);
            canvas.snapshot(onePixel, fence);
        }
        double[] times = new double[frames];
        List<Double> settles = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            long start = System.nanoTime();
            boolean settled = frame(canvas, layout, i, frames);
            canvas.snapshot(onePixel, fence);
            times[i] = (System.nanoTime() - start) / 1e6;
            if (settled) {
                settles.add(times[i]);
            }
        }
        scene.setRoot(new StackPane());
        return new Frames(times, settles.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * One step of the sequence: a third of the frames each at the whole-graph overview, mid zoom (0.3) and card zoom
     * (1.0). Within a third, cycles of {@value #CYCLE} frames: drags of 14 × 6 px, then {@value #WHEEL_STEPS} wheel
     * notches (in on even cycles, out on odd ones), then the crisp redraw that ends the gesture. Returns whether this
     * frame was that redraw.
     */
    private static boolean frame(LineageCanvas canvas, GraphLayout layout, int i, int frames) {
        Viewport viewport = canvas.viewport();
        int third = Math.max(1, frames / 3);
        int phase = Math.min(2, i / third);
        int step = i % third;
        int inCycle = step % CYCLE;
        if (step == 0) {
            double scale = phase == 0 ? Math.min(1, Math.min(WIDTH / layout.width(), HEIGHT / layout.height()))
                    : phase == 1 ? 0.3 : 1.0;
            viewport.set(scale, 0, 0);
            viewport.centerOn(layout.width() * (0.2 + 0.3 * phase), layout.height() / 2, WIDTH, HEIGHT);
        } else if (inCycle >= CYCLE - WHEEL_STEPS - 1 && inCycle < CYCLE - 1) {
            boolean in = (step / CYCLE) % 2 == 0;
            canvas.zoomAt(in ? NOTCH : 1 / NOTCH, WIDTH * 0.6, HEIGHT * 0.4);
        } else if (inCycle == CYCLE - 1) {
            canvas.settleZoom();
            return true;
        } else {
            viewport.pan(-14, step % 60 < 30 ? -6 : 6);
        }
        canvas.redrawNow();
        return false;
    }

    /** Frame times in sequence order, and those of the redraws that settled a zoom gesture. */
    private record Frames(double[] times, double[] settleTimes) {
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
