package org.steward.views.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.views.shell.Theme;
import org.steward.views.shell.Themes;
import org.steward.views.task.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edits by hand from the toolbar: a process through its dialog, an edge between two selected nodes. */
@ExtendWith(ApplicationExtension.class)
class LineageEditingWindowTest {
    private final FakeLineage lineage = FakeLineage.demo();
    private final RecordedEdits edits = new RecordedEdits();
    private final BackgroundTasks tasks = new BackgroundTasks(1);
    private LineageView view;

    @Start
    void start(Stage stage) {
        view = new LineageView(lineage, edits, lineage::findDatasets, tasks,
                new LineageFiles.Sources(List.of(), List.of(), null), (area, id, focus, highlighted) -> { });
        Scene scene = new Scene((javafx.scene.Parent) view.node(), 1440, 860);
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
    void addProcessDialogStartsFromTheSelectedDatasetsAndProposesTheProcess(FxRobot robot) throws Exception {
        robot.interact(() -> view.reveal(5));
        Label count = robot.lookup("#lineage-node-count").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> count.getText().equals("7 nodes"));
        Button addProcess = robot.lookup("#lineage-add-process").queryButton();
        assertThat(addProcess.isDisabled()).isFalse();
        robot.interact(() -> {
            view.viewModel().select(7, false);
            view.viewModel().select(8, true);
        });

        robot.clickOn(addProcess);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#process-name").tryQuery().isPresent());
        ListView<DatasetChoice> inputs = robot.lookup("#inputs-chosen").queryListView();
        ListView<DatasetChoice> outputs = robot.lookup("#outputs-chosen").queryListView();
        assertThat(inputs.getItems()).extracting(DatasetChoice::name).containsExactly("fct_orders");
        assertThat(outputs.getItems()).extracting(DatasetChoice::name).containsExactly("dim_customers");
        Button propose = robot.lookup("#process-propose").queryButton();
        assertThat(propose.isDisabled()).as("no name yet").isTrue();

        robot.clickOn("#process-name").write("Nightly revenue");
        robot.clickOn("#outputs-search").write("dash");
        ListView<DatasetChoice> suggestions = robot.lookup("#outputs-suggestions").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> suggestions.getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        assertThat(outputs.getItems()).extracting(DatasetChoice::name)
                .containsExactly("dim_customers", "Revenue dashboard");
        assertThat(robot.lookup("#process-qualified-name").queryTextInputControl().getText())
                .isEqualTo("manual.nightly_revenue");
        assertThat(propose.isDisabled()).isFalse();
        robot.clickOn(propose);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !edits.calls.isEmpty());
        assertThat(edits.calls).containsExactly("add process manual.nightly_revenue 'Nightly revenue' [7]>[8, 10]");
    }

    @Test
    void toolbarRemovesTheEdgeBetweenTwoSelectedNodesAndTheSelectedProcess(FxRobot robot) throws Exception {
        robot.interact(() -> view.reveal(5));
        Label count = robot.lookup("#lineage-node-count").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> count.getText().equals("7 nodes"));
        Button removeEdge = robot.lookup("#lineage-remove-edge").queryButton();
        Button removeProcess = robot.lookup("#lineage-remove-process").queryButton();
        assertThat(removeEdge.isDisabled()).isTrue();
        assertThat(removeProcess.isDisabled()).isTrue();

        robot.interact(() -> {
            view.viewModel().select(5, false);
            view.viewModel().select(6, true);
        });
        assertThat(removeEdge.isDisabled()).isFalse();
        robot.clickOn(removeEdge);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> edits.calls.contains("remove 5>6"));

        robot.interact(() -> view.viewModel().select(6, false));
        assertThat(removeProcess.isDisabled()).isFalse();
        robot.clickOn(removeProcess);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> edits.calls.contains("remove process 6"));
    }
}
