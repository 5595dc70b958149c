package org.steward.views.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.model.masking.SqlDialect;
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
class MaskingWindowTest {
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
    void theMaskingWindowPreviewsMaskedSamplesAndWritesDdl(FxRobot robot) throws TimeoutException {
        robot.clickOn("#search-field").write("customers");
        TableView<SearchHit> results = robot.lookup("#results-table").queryTableView();
        waitUntil(() -> results.getItems().stream().anyMatch(MaskingWindowTest::isCustomers));
        SearchHit customers = results.getItems().stream().filter(MaskingWindowTest::isCustomers).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            results.requestFocus();
            results.getSelectionModel().select(customers);
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#detail-name").queryLabeled().getText().equals("customers")
                && robot.lookup("#open-masking").tryQuery().isPresent());

        // The columns section sits below the classification, retention and lineage sections: scroll to it first.
        robot.interact(() -> robot.lookup(".detail-scroll").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#open-masking");
        waitUntil(() -> robot.lookup("#masking-columns").tryQuery().isPresent());
        TableView<MaskingRow> columns = robot.lookup("#masking-columns").queryTableView();
        waitUntil(() -> columns.getItems().size() == 3);
        waitUntil(() -> robot.lookup(".masking-samples").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().startsWith("ana.silva@example.com  →  ")));
        Label emailSamples = robot.lookup(".masking-samples").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().startsWith("ana.silva@example.com")).findFirst().orElseThrow();
        String masked = emailSamples.getText().lines().findFirst().orElseThrow().split("  →  ")[1];
        assertThat(masked).matches("[a-z]{3}[.][a-z]{5}@example[.]com").isNotEqualTo("ana.silva@example.com");

        TextArea ddl = robot.lookup("#ddl-text").queryAs(TextArea.class);
        waitUntil(() -> ddl.getText().contains("CREATE OR REPLACE VIEW public.customers_masked"));
        ChoiceBox<SqlDialect> dialect = robot.lookup("#ddl-dialect").queryAs(ChoiceBox.class);
        robot.interact(() -> dialect.setValue(SqlDialect.SNOWFLAKE));
        waitUntil(() -> ddl.getText().contains("SET MASKING POLICY"));
    }

    private static boolean isCustomers(SearchHit hit) {
        return hit.entity().qualifiedName().equals(TestCatalogs.CUSTOMERS);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
