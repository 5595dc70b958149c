package org.steward.views.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.model.catalog.ClassificationAssignment;
import org.steward.model.search.SearchHit;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.StewardWindow;
import org.steward.views.testing.TestWorkspaces;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor from a dataset's details: pick a classification, preview its propagation, record, undo. */
@ExtendWith(ApplicationExtension.class)
class ClassificationDialogWindowTest {
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = TestWorkspaces.small();
        new StewardWindow(stage, TestWorkspaces.context(workspace));
        stage.setWidth(1400);
        stage.setHeight(860);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void classifyADatasetPreviewWhereItGoesRecordAndUndo(FxRobot robot) throws TimeoutException {
        robot.clickOn("#search-field").write("customers");
        TableView<SearchHit> table = robot.lookup("#results-table").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(hit ->
                hit.entity().qualifiedName().equals(TestCatalogs.CUSTOMERS)));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(hit -> hit.entity().qualifiedName().equals(TestCatalogs.CUSTOMERS)).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#detail-name").queryLabeled().getText().equals("customers"));

        robot.clickOn("#classify-entity");
        waitUntil(() -> robot.lookup("#classification-choice").tryQuery().isPresent());
        ComboBox<String> choice = robot.lookup("#classification-choice").queryComboBox();
        waitUntil(() -> choice.getItems().contains("PII"));
        robot.interact(() -> choice.setValue("PII"));
        robot.clickOn("#preview-propagation");
        ListView<String> details = robot.lookup("#propagation-details").queryListView();
        waitUntil(() -> !details.getItems().isEmpty());
        assertThat(details.getItems()).anyMatch(line -> line.contains(TestCatalogs.STG_CUSTOMERS));
        assertThat(robot.lookup("#propagation-summary").lookup((Label label) ->
                label.getText().equals("+ PII on 1 dataset, 1 dashboard")).tryQuery()).isPresent();
        assertThat(workspace.changes().pendingCount()).isZero();

        robot.clickOn("#record-classification");
        waitUntil(() -> workspace.changes().pendingCount() == 1
                && robot.lookup("#classifications-pending").query().isVisible());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> workspace.changes().pendingCount() == 0
                && !robot.lookup("#classifications-pending").query().isVisible());
        long customers = workspace.catalog().entityByQualifiedName(TestCatalogs.CUSTOMERS).orElseThrow().id();
        assertThat(workspace.catalog().details(customers).orElseThrow().classifications())
                .extracting(ClassificationAssignment::classification).doesNotContain("PII");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
