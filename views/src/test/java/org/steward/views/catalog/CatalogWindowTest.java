package org.steward.views.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.model.search.SearchHit;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.StewardWindow;
import org.steward.views.testing.TestWorkspaces;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CatalogWindowTest {
    private static final String ORIGINAL = "Login e-mail address.";
    private static final String EDITED = "Primary login address";

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
    void searchEditUndoAndRedoADescription(FxRobot robot) throws TimeoutException {
        robot.clickOn("#search-field").write("email");
        TableView<SearchHit> table = robot.lookup("#results-table").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(CatalogWindowTest::isEmailColumn));

        SearchHit email = table.getItems().stream().filter(CatalogWindowTest::isEmailColumn).findFirst().orElseThrow();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(email);
        });
        robot.type(KeyCode.ENTER);
        Label description = robot.lookup("#description-text").queryAs(Label.class);
        waitUntil(() -> robot.lookup("#detail-name").queryLabeled().getText().equals("email")
                && description.getText().equals(ORIGINAL));
        assertThat(pendingMarkerShown(robot)).isFalse();

        robot.clickOn("#edit-description");
        TextArea editor = robot.lookup("#description-editor").queryAs(TextArea.class);
        robot.interact(editor::clear);
        robot.write(EDITED);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> description.getText().equals(EDITED) && pendingMarkerShown(robot));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> description.getText().equals(ORIGINAL) && !pendingMarkerShown(robot));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> description.getText().equals(EDITED) && pendingMarkerShown(robot));
        assertThat(workspace.changes().pendingCount()).isOne();
    }

    @Test
    void escapeFromTheResultsReturnsToTheSearchField(FxRobot robot) throws TimeoutException {
        robot.clickOn("#search-field").write("customers");
        TableView<SearchHit> table = robot.lookup("#results-table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());

        robot.type(KeyCode.DOWN);
        assertThat(table.isFocused()).isTrue();
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();

        robot.type(KeyCode.ESCAPE);
        Node field = robot.lookup("#search-field").query();
        assertThat(field.isFocused()).isTrue();
    }

    private static boolean pendingMarkerShown(FxRobot robot) {
        return robot.lookup("#description-pending").query().isVisible();
    }

    private static boolean isEmailColumn(SearchHit hit) {
        return hit.entity().qualifiedName().equals(TestCatalogs.CUSTOMERS_EMAIL);
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
