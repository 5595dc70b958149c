package org.steward.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageRequest;
import org.steward.model.search.SearchHit;
import org.steward.model.search.SearchQuery;
import org.steward.model.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** From the catalog to the lineage of a demo dataset on the real lineage service, then a shallower depth. */
@ExtendWith(ApplicationExtension.class)
class DemoLineageWindowTest {

    @TempDir
    static Path temp;

    private Workspace workspace;
    private Entity focus;
    private int fullCount;
    private int shallowCount;

    @BeforeAll
    static void generate() {
        DemoWindow.generate(temp);
    }

    @Start
    void start(Stage stage) {
        workspace = DemoWindow.open(temp);
        chooseFocus();
        DemoWindow.show(stage, workspace, temp);
    }

    /** A mart whose lineage two hops deep is smaller than its whole lineage. */
    private void chooseFocus() {
        SearchQuery datasets = SearchQuery.text("").withTypes(java.util.Set.of(EntityType.DATASET)).withLimit(400);
        for (SearchHit hit : workspace.search().search(datasets).hits()) {
            long id = hit.entity().id();
            int shallow = workspace.lineage().subgraph(new LineageRequest(id, 2, 2, LineageLevel.DATASET,
                    LineageRequest.DEFAULT_MAX_NODES)).nodes().size();
            int full = workspace.lineage().subgraph(new LineageRequest(id, 2, LineageRequest.ALL,
                    LineageLevel.DATASET, LineageRequest.DEFAULT_MAX_NODES)).nodes().size();
            if (shallow > 2 && full > shallow) {
                focus = hit.entity();
                shallowCount = shallow;
                fullCount = full;
                return;
            }
        }
        throw new IllegalStateException("the demo has no dataset with deeper downstream lineage");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void openLineageFromTheCatalogAndDeepenIt(FxRobot robot) throws Exception {
        robot.clickOn("#search-field").write(focus.name());
        TableView<SearchHit> table = robot.lookup("#results-table").queryTableView();
        // The results list is replaced on the FX thread while the search runs; read it there.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> table.getItems().stream().anyMatch(hit -> hit.entity().id() == focus.id())).get());
        robot.interact(() -> {
            table.requestFocus();
            table.getItems().stream().filter(hit -> hit.entity().id() == focus.id()).findFirst()
                    .ifPresent(hit -> table.getSelectionModel().select(hit));
        });
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);

        Label count = robot.lookup("#lineage-node-count").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> count.getText().equals(shallowCount + " nodes"));

        @SuppressWarnings("unchecked")
        ComboBox<Integer> downstream = robot.lookup("#downstream-depth").queryAs(ComboBox.class);
        robot.interact(() -> downstream.setValue(LineageRequest.ALL));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> count.getText().equals(fullCount + " nodes"));
        assertThat(fullCount).isGreaterThan(shallowCount);
    }
}
