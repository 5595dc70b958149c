package org.steward.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.catalog.EntityType;
import org.steward.model.search.SearchHit;
import org.steward.model.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The walk a new user takes: the generated demo on disk, search "email", open a column, edit, see it pending, undo. */
@ExtendWith(ApplicationExtension.class)
class DemoWorkspaceWindowTest {

    @TempDir
    static Path temp;

    private Workspace workspace;

    @BeforeAll
    static void generate() {
        DemoWindow.generate(temp);
    }

    @Start
    void start(Stage stage) {
        workspace = DemoWindow.open(temp);
        DemoWindow.show(stage, workspace, temp);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void searchOpenEditSeePendingAndUndoOnTheDemo(FxRobot robot) throws TimeoutException {
        robot.clickOn("#search-field").write("email");
        TableView<SearchHit> table = robot.lookup("#results-table").queryTableView();
        // The results list is replaced on the FX thread while the search runs; read it there.
        waitUntil(() -> onFx(() -> table.getItems().stream().anyMatch(DemoWorkspaceWindowTest::isEmailColumn)));
        SearchHit email = onFx(() -> table.getItems().stream().filter(DemoWorkspaceWindowTest::isEmailColumn)
                .findFirst().orElseThrow());
        String original = workspace.catalog().entity(email.entity().id()).orElseThrow().description();

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(email);
        });
        robot.type(KeyCode.ENTER);
        Label description = robot.lookup("#description-text").queryAs(Label.class);
        waitUntil(() -> robot.lookup("#detail-name").queryLabeled().getText().equals(email.entity().name()));
        assertThat(robot.lookup("#description-pending").query().isVisible()).isFalse();

        robot.clickOn("#edit-description");
        TextArea editor = robot.lookup("#description-editor").queryAs(TextArea.class);
        robot.interact(editor::clear);
        robot.write("Customer login e-mail; verified at sign-up.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> description.getText().equals("Customer login e-mail; verified at sign-up.")
                && robot.lookup("#description-pending").query().isVisible());
        assertThat(workspace.catalog().entity(email.entity().id()).orElseThrow().description()).isEqualTo(original);
        assertThat(workspace.changes().pendingCount()).isOne();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> !robot.lookup("#description-pending").query().isVisible());
        assertThat(workspace.changes().pendingCount()).isZero();
        assertThat(workspace.audit().verify().intact()).isTrue();
    }

    private static boolean isEmailColumn(SearchHit hit) {
        return hit.entity().type() == EntityType.COLUMN && hit.entity().name().equalsIgnoreCase("email");
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
