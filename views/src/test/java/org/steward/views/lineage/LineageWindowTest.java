package org.steward.views.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.views.lineage.canvas.DiffState;
import org.steward.views.lineage.canvas.GraphDiffOverlay;
import org.steward.views.shell.Theme;
import org.steward.views.shell.Themes;
import org.steward.views.task.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the lineage of a demo dataset, changes the depth, exports PNGs in both themes. */
@ExtendWith(ApplicationExtension.class)
class LineageWindowTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final FakeLineage lineage = FakeLineage.demo();
    private final BackgroundTasks tasks = new BackgroundTasks(1);
    private LineageView view;
    private Scene scene;
    private String navigated;

    @Start
    void start(Stage stage) {
        view = new LineageView(lineage, new RecordedEdits(), lineage::findDatasets, tasks,
                new LineageFiles.Sources(List.of(), List.of(), null), (area, id, focus, highlighted) -> navigated = area + ":" + id);
        scene = new Scene((javafx.scene.Parent) view.node(), 1440, 860);
        scene.getRoot().getStyleClass().add("steward-root");
        Themes.apply(Theme.LIGHT, scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> Themes.apply(Theme.LIGHT, scene));
        tasks.close();
    }

    @Test
    void theEmptyAreaFindsADatasetByNameAndOpensItsLineage(FxRobot robot) throws Exception {
        javafx.scene.Node start = robot.lookup("#lineage-start").query();
        assertThat(start.isVisible()).isTrue();
        javafx.scene.control.ListView<?> choices = robot.lookup("#lineage-start-choices").queryListView();
        String name = lineage.findDatasets("", 1).get(0).name();
        robot.clickOn("#lineage-start-search").write(name);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !choices.getItems().isEmpty()
                && ((DatasetChoice) choices.getItems().get(0)).name().equals(name));
        robot.type(javafx.scene.input.KeyCode.ENTER);

        Label count = robot.lookup("#lineage-node-count").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !count.getText().startsWith("0 "));
        assertThat(view.viewModel().focusProperty().get()).isNotNull();
        assertThat(start.isVisible()).isFalse();
    }

    @Test
    void depthChangesTheNodeCountAndTheViewExportsAsPng(FxRobot robot) throws Exception {
        robot.interact(() -> view.reveal(5));
        Label count = robot.lookup("#lineage-node-count").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> count.getText().equals("7 nodes"));

        @SuppressWarnings("unchecked")
        ComboBox<Integer> downstream = robot.lookup("#downstream-depth").queryAs(ComboBox.class);
        robot.interact(() -> downstream.setValue(LineageViewModel.ALL));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> count.getText().equals("11 nodes"));

        robot.interact(() -> {
            view.viewModel().select(8, false);
            view.viewModel().loadImpact();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.viewModel().impactProperty().get() != null);
        robot.clickOn("#open-in-catalog");
        assertThat(navigated).isEqualTo("catalog:8");

        Path light = export(robot, "lineage.png");
        robot.interact(() -> view.viewModel().diffProperty().set(new GraphDiffOverlay("Compared with last quarter",
                java.util.Map.of(10L, DiffState.ADDED, 12L, DiffState.CHANGED, 9L, DiffState.REMOVED),
                java.util.Map.of(new GraphDiffOverlay.EdgeKey(9, 10), DiffState.ADDED))));
        robot.interact(() -> view.canvas().fit());
        assertThat(robot.lookup("#diff-list").queryListView().getItems()).hasSize(4);
        export(robot, "lineage-diff.png");
        robot.interact(() -> view.viewModel().diffProperty().set(GraphDiffOverlay.none()));
        robot.interact(() -> Themes.apply(Theme.DARK, scene));
        Path dark = export(robot, "lineage-dark.png");
        robot.interact(() -> view.viewModel().levelProperty().set(org.steward.model.lineage.LineageLevel.COLUMN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.viewModel().layoutProperty().get()
                .groups().isEmpty());
        Path columns = export(robot, "lineage-columns-dark.png");

        assertThat(light).isNotEmptyFile();
        assertThat(dark).isNotEmptyFile();
        assertThat(columns).isNotEmptyFile();
        assertThat(Files.readAllBytes(light)).startsWith(0x89, 'P', 'N', 'G');
    }

    private Path export(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name).toAbsolutePath();
        Files.deleteIfExists(file);
        robot.interact(() -> new LineageFiles(view.viewModel(), view.canvas(), tasks,
                new LineageFiles.Sources(List.of(), List.of(), null)).exportPng(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && Files.size(file) > 1000);
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        robot.interact(() -> { });
        javafx.scene.image.WritableImage[] whole = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> whole[0] = scene.snapshot(null));
        int width = (int) whole[0].getWidth();
        int height = (int) whole[0].getHeight();
        int[] pixels = new int[width * height];
        whole[0].getPixelReader().getPixels(0, 0, width, height,
                javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, width);
        PngEncoder.write(pixels, width, height, SCREENSHOTS.resolve("window-" + name));
        return file;
    }
}
