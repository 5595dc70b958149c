package org.steward.views.lineage.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * crisp redraw the canvas makes when the wheel stops. The steps arrive at 60 a second, as a mouse delivers them, and
 * between them the canvas does its idle work (drawing the margin around the window). Each frame is timed from the
 * moment its input is issued until its pixels are rasterised (a one-pixel snapshot of the canvas forces the software
 * pipeline to render the frame), so time spent waiting behind idle work counts; after one untimed pass of the same
 * sequence to warm the JIT up. Starts the JavaFX toolkit when it is not running.
 */
public final class FrameTimeBenchmark {
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 1000;
    /** Frames of one cycle: drags, then a wheel gesture, then the redraw that settles it. */
    private static final int CYCLE = 40;
    private static final int WHEEL_STEPS = 6;
    /** One wheel notch (a scroll delta of 40 at the canvas's 1.0015 per unit). */
    private static final double NOTCH = Math.pow(1.0015, 40);
    /** Input events (drags, wheel notches) per second, as a mouse delivers them. */
    private static final int RATE = 60;

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
        try {
            GraphLayout layout = LayoutThread.run(
                    () -> new LineageLayout().layout(GeneratedLineage.layeredDag(nodes, 42)));
            CompletableFuture<LineageCanvas> shown = new CompletableFuture<>();
            Platform.runLater(() -> shown.complete(show(layout)));
            LineageCanvas canvas = shown.get(1, TimeUnit.MINUTES);
            collectGarbage();
            pass(canvas, layout, frames);
            collectGarbage();
            Frames measured = pass(canvas, layout, frames);
            Platform.runLater(() -> canvas.getScene().setRoot(new StackPane()));
            return measured;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("frame benchmark interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("frame benchmark failed", e);
        }
    }

    /** Starts a pass on a clean heap, as benchmark harnesses do, so an earlier benchmark's garbage is not timed here. */
    private static void collectGarbage() {
        System.gc();
    }

    private static LineageCanvas show(GraphLayout layout) {
        if (Application.getUserAgentStylesheet() == null) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        }
        LineageCanvas canvas = new LineageCanvas();
        StackPane root = new StackPane(canvas);
        new Scene(root, WIDTH, HEIGHT);
        root.resize(WIDTH, HEIGHT);
        root.applyCss();
        root.layout();
        canvas.setGraph(layout);
        return canvas;
    }

    /**
     * One pass of the sequence: inputs arrive {@value #RATE} times a second; each frame is timed from its input until
     * rasterised, so waiting behind the canvas's idle work counts. An input due while a frame is still being drawn is
     * issued when that frame is done, as the toolkit folds the mouse events of a late frame into the next one.
     */
    private static Frames pass(LineageCanvas canvas, GraphLayout layout, int frames)
            throws InterruptedException, ExecutionException, TimeoutException {
        double[] times = new double[frames];
        boolean[] settled = new boolean[frames];
        WritableImage fence = new WritableImage(1, 1);
        SnapshotParameters onePixel = new SnapshotParameters();
        onePixel.setViewport(new Rectangle2D(0, 0, 1, 1));
        CompletableFuture<Void> done = new CompletableFuture<>();
        ScheduledExecutorService input = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "frame-benchmark-input");
            thread.setDaemon(true);
            return thread;
        });
        long period = 1_000_000_000L / RATE;
        long start = System.nanoTime();
        try {
            Runnable[] issue = new Runnable[1];
            int[] next = {0};
            issue[0] = () -> {
                int i = next[0]++;
                long issued = System.nanoTime();
                Platform.runLater(() -> {
                    try {
                        settled[i] = frame(canvas, layout, i, frames);
                        canvas.snapshot(onePixel, fence);
                        long finished = System.nanoTime();
                        times[i] = (finished - issued) / 1e6;
                        if (i == frames - 1) {
                            done.complete(null);
                        } else {
                            long due = start + (i + 1) * period;
                            input.schedule(issue[0], Math.max(0, due - finished), TimeUnit.NANOSECONDS);
                        }
                    } catch (RuntimeException e) {
                        done.completeExceptionally(e);
                    }
                });
            };
            input.execute(issue[0]);
            done.get(10, TimeUnit.MINUTES);
        } finally {
            input.shutdownNow();
        }
        List<Double> settles = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            if (settled[i]) {
                settles.add(times[i]);
            }
        }
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
