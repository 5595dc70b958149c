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
import org.steward.views.lineage.layout.GraphLayout;
import org.steward.views.lineage.layout.LayoutThread;
import org.steward.views.lineage.layout.LineageLayout;
import org.steward.views.shell.Theme;
import org.steward.views.shell.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pan frame path: once the margin around the window is drawn, a pan within it copies images and draws no node,
 * yet shows what a full redraw shows; a pan beyond it draws the graph.
 */
@ExtendWith(ApplicationExtension.class)
class LineageCanvasPanTest {
    private static final double WIDTH = 900;
    private static final double HEIGHT = 600;

    private final LineageCanvas canvas = new LineageCanvas();
    private GraphLayout layout;

    @Start
    void start(Stage stage) throws Exception {
        layout = LayoutThread.run(() -> new LineageLayout().layout(GeneratedLineage.layeredDag(400, 11)));
        Scene scene = new Scene(new StackPane(canvas), WIDTH, HEIGHT);
        scene.getRoot().getStyleClass().add("steward-root");
        Themes.apply(Theme.LIGHT, scene);
        stage.setScene(scene);
        stage.show();
        canvas.setGraph(layout);
    }

    @Test
    void aPanWithinTheDrawnMarginDrawsNoNodeAndMatchesAFullRedraw(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> canvas.getWidth() >= 600 && canvas.getHeight() >= 400);
        int[] drawn = new int[4];
        int[] tiles = new int[1];
        WritableImage[] panned = new WritableImage[1];
        WritableImage[] redrawn = new WritableImage[1];
        robot.interact(() -> {
            canvas.viewport().set(1, 0, 0);
            canvas.viewport().centerOn(layout.width() / 2, layout.height() / 2, canvas.getWidth(), canvas.getHeight());
            canvas.setRenderState(RenderState.empty());
            drawn[0] = canvas.redrawNow();
            while (canvas.drawMarginTile()) {
                tiles[0]++;
            }
            canvas.viewport().pan(-70, -45);
            drawn[1] = canvas.redrawNow();
            panned[0] = canvas.snapshot(null, null);
            canvas.setRenderState(RenderState.empty());
            drawn[2] = canvas.redrawNow();
            redrawn[0] = canvas.snapshot(null, null);
        });
        assertThat(drawn[0]).as("nodes drawn in the full frame").isPositive();
        assertThat(tiles[0]).as("margin tiles drawn ahead of the pan").isGreaterThanOrEqualTo(12);
        assertThat(drawn[1]).as("a pan within the margin draws no node, it copies the frame and tiles").isNegative();
        assertThat(drawn[2]).as("a full redraw at the panned place").isPositive();
        assertThat(sameShare(panned[0], redrawn[0])).as("share of pixels where the pan matches a full redraw")
                .isGreaterThan(0.995);

        robot.interact(() -> {
            while (canvas.drawMarginTile()) {
                tiles[0]++;
            }
            canvas.viewport().pan(-(canvas.getWidth() * 0.4), 0);
            drawn[3] = canvas.redrawNow();
        });
        assertThat(drawn[3]).as("a pan past the drawn margin draws the nodes that came into view").isNotNegative();
    }

    private static double sameShare(WritableImage a, WritableImage b) {
        PixelReader left = a.getPixelReader();
        PixelReader right = b.getPixelReader();
        int width = (int) Math.min(a.getWidth(), b.getWidth());
        int height = (int) Math.min(a.getHeight(), b.getHeight());
        int same = 0;
        int total = 0;
        int background = left.getArgb(1, 1);
        int graph = 0;
        for (int y = 0; y < height; y += 3) {
            for (int x = 0; x < width; x += 3) {
                int p = left.getArgb(x, y);
                total++;
                if (p != background) {
                    graph++;
                }
                if (near(p, right.getArgb(x, y))) {
                    same++;
                }
            }
        }
        assertThat(graph).as("sampled pixels that show part of the graph").isGreaterThan(total / 20);
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
