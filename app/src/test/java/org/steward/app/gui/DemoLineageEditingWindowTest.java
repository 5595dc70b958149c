package org.steward.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
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
import org.steward.model.change.ProcessAdded;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageRequest;
import org.steward.model.search.SearchHit;
import org.steward.model.search.SearchQuery;
import org.steward.model.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the demo workspace as the app wires it: a process added by hand shows on the graph as pending and goes away
 * with undo; two OpenLineage exports compared in the lineage view show as one graph with their differences listed.
 */
@ExtendWith(ApplicationExtension.class)
class DemoLineageEditingWindowTest {

    @TempDir
    static Path temp;

    private Workspace workspace;
    private Entity focus;
    private Entity other;
    private int shown;

    private Path folder;

    @BeforeAll
    static void generate() {
        DemoWindow.generate(temp);
    }

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory(temp, "run");
        workspace = DemoWindow.copyOf(temp, folder);
        List<SearchHit> datasets = workspace.search().search(SearchQuery.text("")
                .withTypes(java.util.Set.of(EntityType.DATASET)).withLimit(400)).hits();
        for (SearchHit hit : datasets) {
            int nodes = workspace.lineage().subgraph(new LineageRequest(hit.entity().id(), 2, 2,
                    LineageLevel.DATASET, LineageRequest.DEFAULT_MAX_NODES)).nodes().size();
            if (focus == null && nodes > 2) {
                focus = hit.entity();
                shown = nodes;
            }
        }
        other = datasets.stream().map(SearchHit::entity).filter(entity -> focus != null
                && entity.id() != focus.id() && !entity.name().equals(focus.name())).findFirst().orElseThrow();
        DemoWindow.show(stage, workspace, folder);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aProcessAddedByHandIsPendingOnTheGraphUntilUndone(FxRobot robot) throws Exception {
        Label count = openLineageOfFocus(robot);
        robot.clickOn("#lineage-add-process");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#process-name").tryQuery().isPresent());
        robot.clickOn("#process-name").write("Manual reconciliation");
        pick(robot, "inputs", focus);
        pick(robot, "outputs", other);
        robot.clickOn("#process-propose");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> nodes(count) > shown);
        assertThat(workspace.changes().pending()).anySatisfy(change -> assertThat(change.change())
                .isEqualTo(new ProcessAdded("manual.manual_reconciliation", "Manual reconciliation",
                        List.of(focus.id()), List.of(other.id()))));

        robot.clickOn("#lineage-canvas");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> nodes(count) == shown);
        assertThat(workspace.changes().pending()).noneMatch(change -> change.change() instanceof ProcessAdded);
    }

    @Test
    void twoExportsComparedShowAsOneGraphWithTheirDifferences(FxRobot robot) throws Exception {
        Path older = folder.resolve("q1.ndjson");
        Path newer = folder.resolve("q2.ndjson");
        Files.writeString(older, event("etl_a", List.of("t1", "t2"), List.of("t3")) + "\n"
                + event("etl_b", List.of("t3"), List.of("t4")) + "\n");
        Files.writeString(newer, event("etl_a", List.of("t1", "t2"), List.of("t3", "t5")) + "\n"
                + event("etl_c", List.of("t5"), List.of("t6")) + "\n");
        Label count = openLineageOfFocus(robot);

        MenuButton files = robot.lookup("#lineage-import").query();
        robot.interact(() -> files.getItems().stream().filter(item -> "lineage-compare-two".equals(item.getId()))
                .findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#compare-older-file").tryQuery().isPresent());
        robot.clickOn("#compare-older-file").write(older.toString());
        robot.clickOn("#compare-newer-file").write(newer.toString());
        ComboBox<?> olderFormat = robot.lookup("#compare-older-format").queryComboBox();
        ComboBox<?> newerFormat = robot.lookup("#compare-newer-format").queryComboBox();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> olderFormat.getValue() != null && newerFormat.getValue() != null);
        robot.clickOn("#compare-run");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> count.getText().equals("9 nodes"));
        ListView<String> differences = robot.lookup("#diff-list").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !differences.getItems().isEmpty());
        assertThat(differences.getItems()).filteredOn(row -> row.startsWith("+ added")).hasSize(3 + 3);
        assertThat(differences.getItems()).filteredOn(row -> row.startsWith("− removed")).hasSize(2 + 2);
        assertThat(differences.getItems()).anyMatch(row -> row.startsWith("+ added") && row.contains("t6"));
        assertThat(robot.lookup("#lineage-add-process").queryButton().isDisabled()).isTrue();

        robot.clickOn("#diff-close");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> nodes(count) == shown);
        assertThat(robot.lookup("#lineage-diff").query().isVisible()).isFalse();
    }

    private Label openLineageOfFocus(FxRobot robot) throws Exception {
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
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> count.getText().equals(shown + " nodes"));
        return count;
    }

    private static void pick(FxRobot robot, String side, Entity entity) throws Exception {
        robot.clickOn("#" + side + "-search").write(entity.name());
        ListView<Object> suggestions = robot.lookup("#" + side + "-suggestions").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> suggestions.getItems().stream()
                .anyMatch(item -> item.toString().endsWith(entity.qualifiedName())));
        robot.interact(() -> {
            suggestions.requestFocus();
            suggestions.getItems().stream().filter(item -> item.toString().endsWith(entity.qualifiedName()))
                    .findFirst().ifPresent(item -> suggestions.getSelectionModel().select(item));
        });
        robot.type(KeyCode.ENTER);
        ListView<Object> chosen = robot.lookup("#" + side + "-chosen").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chosen.getItems().stream()
                .anyMatch(item -> item.toString().endsWith(entity.qualifiedName())));
    }

    private static int nodes(Label count) {
        return Integer.parseInt(count.getText().replaceAll("\\D", ""));
    }

    private static String event(String job, List<String> inputs, List<String> outputs) {
        return "{\"eventType\":\"COMPLETE\",\"eventTime\":\"2026-01-05T10:00:00Z\",\"run\":{\"runId\":"
                + "\"41fb5137-f0fd-4ee5-ba5c-56f8571d1bd7\"},\"job\":{\"namespace\":\"shop\",\"name\":\"" + job
                + "\"},\"inputs\":[" + datasets(inputs) + "],\"outputs\":[" + datasets(outputs) + "],"
                + "\"producer\":\"https://example.org/test\",\"schemaURL\":"
                + "\"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent\"}";
    }

    private static String datasets(List<String> names) {
        return String.join(",", names.stream().map(name -> "{\"namespace\":\"postgres://db:5432\",\"name\":\"public."
                + name + "\"}").toList());
    }
}
