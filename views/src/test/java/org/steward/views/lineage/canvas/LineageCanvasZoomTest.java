package org.steward.views.lineage.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.views.lineage.bench.GeneratedLineage;
import org.steward.views.lineage.layout.LayoutThread;
import org.steward.views.lineage.layout.LineageLayout;
import org.steward.views.shell.Theme;
import org.steward.views.shell.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The zoom frame path: steps of a wheel gesture scale the last crisp frame, the graph is redrawn when it stops. */
@ExtendWith(ApplicationExtension.class)
class LineageCanvasZoomTest {
    private static final double WIDTH = 900;
    private static final double HEIGHT = 600;

    private final LineageCanvas canvas = new LineageCanvas();

    @Start
    void start(Stage stage) throws Exception {
        var layout = LayoutThread.run(() -> new LineageLayout().layout(GeneratedLineage.layeredDag(300, 7)));
        Scene scene = new Scene(new StackPane(canvas), WIDTH, HEIGHT);
        scene.getRoot().getStyleClass().add("steward-root");
        Themes.apply(Theme.LIGHT, scene);
        stage.setScene(scene);
        stage.show();
        canvas.setGraph(layout);
    }

    @Test
    void zoomStepsScaleTheLastFrameAndTheGestureEndsWithACrispRedraw(FxRobot robot) throws Exception {
        int[] drawn = new int[4];
        boolean[] zooming = new boolean[1];
        WritableImage[] before = new WritableImage[1];
        WritableImage[] during = new WritableImage[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> canvas.getWidth() >= 600 && canvas.getHeight() >= 400);
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        robot.interact(() -> {
            canvas.fit();
            canvas.setRenderState(RenderState.empty());
            drawn[0] = canvas.settleZoom();
            before[0] = canvas.snapshot(null, null);
            canvas.zoomAt(1.25, width / 2, height / 2);
            drawn[1] = canvas.redrawNow();
            zooming[0] = canvas.zooming();
            during[0] = canvas.snapshot(null, null);
        });
        assertThat(drawn[0]).as("nodes drawn in full").isPositive();
        assertThat(drawn[1]).as("a zoom step draws no nodes, it scales the cached frame").isNegative();
        assertThat(zooming[0]).as("zooming until the gesture settles").isTrue();
        assertThat(sameAsScaled(before[0], during[0], 1.25, width, height)).as("share of pixels where the scaled frame puts them")
                .isGreaterThan(0.9);

        robot.interact(() -> {
            canvas.zoomAt(5, width / 2, height / 2);
            drawn[2] = canvas.redrawNow();
        });
        assertThat(drawn[2]).as("stretched past four times, the frame is drawn in full again").isNotNegative();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !canvas.zooming());
        robot.interact(() -> {
            canvas.zoomAt(0.9, width / 2, height / 2);
            drawn[3] = canvas.settleZoom();
        });
        assertThat(drawn[3]).as("the redraw that ends a gesture draws the graph").isNotNegative();
        assertThat(canvas.zooming()).isFalse();
    }

    /** Compares the central area of {@code after} with {@code before} sampled where a zoom about the centre maps it. */
    private static double sameAsScaled(WritableImage before, WritableImage after, double factor, double width,
                                       double height) {
        PixelReader a = before.getPixelReader();
        PixelReader b = after.getPixelReader();
        int same = 0;
        int total = 0;
        int differentFromBackground = 0;
        int background = a.getArgb(2, 2);
        for (int y = (int) (height / 4); y < height * 3 / 4; y += 7) {
            for (int x = (int) (width / 4); x < width * 3 / 4; x += 7) {
                double sx = (x - width / 2) / factor + width / 2;
                double sy = (y - height / 2) / factor + height / 2;
                int expected = a.getArgb((int) sx, (int) sy);
                total++;
                if (expected != background) {
                    differentFromBackground++;
                }
                if (near(expected, b.getArgb(x, y)) || near(expected, b.getArgb(x + 1, y))
                        || near(expected, b.getArgb(x, y + 1)) || near(expected, b.getArgb(x - 1, y - 1))) {
                    same++;
                }
            }
        }
        assertThat(differentFromBackground).as("samples that show part of the graph").isGreaterThan(total / 20);
        return same / (double) total;
    }

    private static boolean near(int p, int q) {
        for (int shift = 0; shift < 24; shift += 8) {
            if (Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)) > 8) {
                return false;
            }
        }
        return true;
    }
}
