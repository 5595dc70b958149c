package org.steward.views.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.model.lineage.LineageLevel;
import org.steward.views.lineage.canvas.LineageCanvas;
import org.steward.views.lineage.canvas.Viewport;
import org.steward.views.lineage.layout.GraphLayout;
import org.steward.views.lineage.layout.NodeBox;
import org.steward.views.shell.Theme;
import org.steward.views.shell.Themes;
import org.steward.views.task.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first view of a graph, in a window too narrow for the demo lineage at 100 %: every node on screen after
 * opening, after a depth change and in column mode; a graph that fits at 100 % is shown at 100 %, centred.
 */
@ExtendWith(ApplicationExtension.class)
class LineageFirstViewTest {
    private final FakeLineage lineage = FakeLineage.demo();
    private final BackgroundTasks tasks = new BackgroundTasks(1);
    private LineageView view;

    @Start
    void start(Stage stage) {
        view = new LineageView(lineage, new RecordedEdits(), lineage::findDatasets, tasks,
                new LineageFiles.Sources(List.of(), List.of(), null), (area, id, focus, highlighted) -> { });
        Scene scene = new Scene((javafx.scene.Parent) view.node(), 1000, 640);
        scene.getRoot().getStyleClass().add("steward-root");
        Themes.apply(Theme.LIGHT, scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        tasks.close();
    }

    @Test
    void everyNodeIsOnScreenWhenALineageIsFirstShownAndWhenTheDepthOrLevelChanges(FxRobot robot) throws Exception {
        robot.interact(() -> view.reveal(5));
        waitForGraph(robot, () -> view.canvas().graph().nodes().size() == 7);
        assertEveryNodeOnScreen(robot, "depth 1");
        assertThat(view.canvas().viewport().scale()).as("the demo lineage is wider than the window at 100 %")
                .isLessThan(1);

        robot.interact(() -> {
            view.viewModel().upstreamDepthProperty().set(LineageViewModel.ALL);
            view.viewModel().downstreamDepthProperty().set(LineageViewModel.ALL);
        });
        waitForGraph(robot, () -> view.canvas().graph().nodes().size() == 11);
        assertEveryNodeOnScreen(robot, "depth all");

        robot.interact(() -> view.viewModel().levelProperty().set(LineageLevel.COLUMN));
        waitForGraph(robot, () -> !view.canvas().graph().groups().isEmpty());
        assertEveryNodeOnScreen(robot, "column level");
    }

    @Test
    void aGraphThatFitsAtFullSizeIsShownAtFullSizeCentred(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.viewModel().upstreamDepthProperty().set(1);
            view.viewModel().downstreamDepthProperty().set(1);
            view.reveal(11);
        });
        waitForGraph(robot, () -> view.canvas().graph().nodes().size() == 3);
        LineageCanvas canvas = view.canvas();
        Viewport viewport = canvas.viewport();
        GraphLayout layout = canvas.graph();
        assertThat(viewport.scale()).isEqualTo(1);
        double left = viewport.screenX(0);
        double right = canvas.getWidth() - viewport.screenX(layout.width());
        double top = viewport.screenY(0);
        double bottom = canvas.getHeight() - viewport.screenY(layout.height());
        assertThat(left).as("centred across").isCloseTo(right, org.assertj.core.data.Offset.offset(1.0));
        assertThat(top).as("centred down").isCloseTo(bottom, org.assertj.core.data.Offset.offset(1.0));
        assertEveryNodeOnScreen(robot, "the churn features and their neighbours");
        javafx.scene.Node minimap = robot.lookup("#lineage-minimap").query();
        assertThat(minimap.isVisible()).as("no minimap over a graph shown whole").isFalse();

        robot.interact(() -> {
            for (int step = 0; step < 12 && layout.width() * canvas.viewport().scale() <= canvas.getWidth(); step++) {
                canvas.zoomIn();
            }
            canvas.redrawNow();
        });
        assertThat(minimap.isVisible()).as("the minimap once part of the graph is out of view; canvas "
                + canvas.getWidth() + "x" + canvas.getHeight() + ", scale " + canvas.viewport().scale() + ", graph "
                + canvas.graph().width() + "x" + canvas.graph().height()).isTrue();
    }

    private void waitForGraph(FxRobot robot, BooleanSupplier shown) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.getAsBoolean());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.canvas().redrawNow());
    }

    private void assertEveryNodeOnScreen(FxRobot robot, String what) {
        robot.interact(() -> {
            LineageCanvas canvas = view.canvas();
            Viewport viewport = canvas.viewport();
            assertThat(canvas.getWidth()).as("canvas width").isGreaterThan(300);
            for (NodeBox box : canvas.graph().nodes()) {
                String node = what + ": " + box.node().name() + " at scale " + viewport.scale();
                assertThat(viewport.screenX(box.x())).as(node + ", left edge").isGreaterThanOrEqualTo(0);
                assertThat(viewport.screenY(box.y())).as(node + ", top edge").isGreaterThanOrEqualTo(0);
                assertThat(viewport.screenX(box.x() + box.width())).as(node + ", right edge")
                        .isLessThanOrEqualTo(canvas.getWidth());
                assertThat(viewport.screenY(box.y() + box.height())).as(node + ", bottom edge")
                        .isLessThanOrEqualTo(canvas.getHeight());
            }
        });
    }
}
