package org.steward.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.classification.suggest.ColumnSuggestion;
import org.steward.model.search.SearchHit;
import org.steward.model.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The classification walk on the generated demo: review suggestions, accept three, preview where they propagate,
 * apply, and see them pending in the status bar and in the catalog.
 */
@ExtendWith(ApplicationExtension.class)
class DemoClassificationWindowTest {

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
    void acceptThreeSuggestionsPreviewPropagationApplyAndSeeThemPending(FxRobot robot) throws TimeoutException {
        robot.clickOn("#nav-suggestions");
        TableView<ColumnSuggestion> table = robot.lookup("#suggestions-table").queryTableView();
        waitUntil(() -> table.getItems().size() >= 3, 60);
        List<ColumnSuggestion> chosen = List.copyOf(table.getItems().subList(0, 3));
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().selectIndices(0, 1, 2);
        });

        robot.clickOn("#preview-suggestions");
        VBox summary = robot.lookup("#propagation-summary").queryAs(VBox.class);
        waitUntil(() -> !summary.getChildren().isEmpty(), 30);
        assertThat(((Label) summary.getChildren().get(0)).getText()).containsAnyOf(" on ", "Nothing propagates");
        assertThat(workspace.changes().pendingCount()).as("a preview records nothing").isZero();

        robot.clickOn("#accept-suggestions");
        waitUntil(() -> workspace.changes().pendingCount() == 3, 30);
        assertThat(workspace.changes().pending()).extracting(change -> (ClassificationAdded) change.change())
                .extracting(ClassificationAdded::entityId)
                .containsExactlyInAnyOrderElementsOf(chosen.stream().map(s -> s.column().id()).toList());
        waitUntil(() -> robot.lookup("#status-counts").queryLabeled().getText().contains("3 pending changes"), 30);
        assertThat(table.getItems()).doesNotContainAnyElementsOf(chosen);

        ColumnSuggestion first = chosen.get(0);
        robot.clickOn("#nav-catalog");
        robot.clickOn("#search-field").write(first.column().name());
        TableView<SearchHit> results = robot.lookup("#results-table").queryTableView();
        waitUntil(() -> results.getItems().stream().anyMatch(hit -> hit.entity().id() == first.column().id()), 30);
        robot.interact(() -> results.getSelectionModel().clearAndSelect(results.getItems().indexOf(
                results.getItems().stream().filter(hit -> hit.entity().id() == first.column().id()).findFirst()
                        .orElseThrow())));
        waitUntil(() -> robot.lookup("#detail-name").queryLabeled().getText().equals(first.column().name())
                && robot.lookup("#classifications-pending").query().isVisible(), 30);
        assertThat(robot.lookup("#classifications").lookup((Label label) ->
                label.getText().equals(first.classification())).tryQuery()).isPresent();
        assertThat(workspace.catalog().details(first.column().id()).orElseThrow().classifications())
                .as("nothing applied to the catalog before review").isEmpty();
        assertThat(workspace.audit().verify().intact()).isTrue();
    }

    private static void waitUntil(Callable<Boolean> condition, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
