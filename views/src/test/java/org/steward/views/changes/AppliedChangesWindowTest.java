package org.steward.views.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.model.change.ChangeSetSummary;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.push.CircuitBreaker;
import org.steward.model.push.PushItem;
import org.steward.model.push.PushListener;
import org.steward.model.push.PushOutcome;
import org.steward.model.push.PushTarget;
import org.steward.model.search.SearchHit;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.StewardWindow;
import org.steward.views.testing.ReviewFixture;
import org.steward.views.testing.TestWorkspaces;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a push the status bar's pending count drops, the Changes area marks the pushed changes applied, and the
 * catalog shows the pushed description and label as its own, found by search, without a pending marker.
 */
@ExtendWith(ApplicationExtension.class)
class AppliedChangesWindowTest {
    private Workspace workspace;
    private long set;

    @Start
    void start(Stage stage) {
        workspace = ReviewFixture.workspace();
        set = ReviewFixture.proposeDescription(workspace, "One row per registered customer of the web shop.",
                "One row per customer with a verified mailbox.");
        workspace.changes().propose(new ClassificationAdded(ReviewFixture.customers(workspace), "Confidential"),
                ReviewFixture.STEWARD);
        workspace.review().submit(set, ReviewFixture.STEWARD);
        workspace.review().approve(set, ReviewFixture.REVIEWER, "");
        new StewardWindow(stage, TestWorkspaces.context(workspace, ReviewFixture.REVIEWER, ReviewServices.NONE));
        stage.setWidth(1400);
        stage.setHeight(880);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void pushedChangesLeaveThePendingCountAndShowAsApplied(FxRobot robot) throws Exception {
        Label counts = robot.lookup("#status-counts").queryAs(Label.class);
        waitUntil(() -> counts.getText().contains("2 pending changes"));

        workspace.pushEngine(10).push(set, new AcceptingTarget(), ReviewFixture.REVIEWER, PushListener.NONE,
                () -> false);

        waitUntil(() -> counts.getText().endsWith(" 0 pending changes"));
        robot.clickOn("#nav-changes");
        TableView<ChangeSetSummary> table = robot.lookup("#changes-table").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(summary -> summary.id() == set));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(summary -> summary.id() == set).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup(".applied-badge").queryAll().size() == 2);
        assertThat(robot.lookup("#changes-header").queryAs(Label.class).getText()).contains("pushed");
        Scene scene = table.getScene();
        snapshot(robot, scene, "changes-applied.png");

        robot.clickOn("#nav-catalog");
        robot.clickOn("#search-field").write("mailbox");
        TableView<SearchHit> results = robot.lookup("#results-table").queryTableView();
        waitUntil(() -> results.getItems().size() == 1);
        robot.interact(() -> results.getSelectionModel().select(0));
        Label name = robot.lookup("#detail-name").queryAs(Label.class);
        waitUntil(() -> name.getText().equals("customers"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#description-pending").query().isVisible())
                .as("the pushed description is the catalog's, not a pending edit").isFalse();
        assertThat(robot.lookup(".pending-badge").<javafx.scene.Node>queryAll()).noneMatch(javafx.scene.Node::isVisible);
        snapshot(robot, scene, "catalog-applied.png");
    }

    private static void snapshot(FxRobot robot, Scene scene, String file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", directory.resolve(file).toFile());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    /** A platform that accepts every change. */
    private static final class AcceptingTarget implements PushTarget {
        private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(1));

        @Override
        public String endpoint() {
            return "test-atlas";
        }

        @Override
        public CircuitBreaker breaker() {
            return breaker;
        }

        @Override
        public long requestCount() {
            return 0;
        }

        @Override
        public Map<Long, PushOutcome> push(List<PushItem> items, Consumer<List<Long>> beforeSending) {
            beforeSending.accept(items.stream().map(PushItem::changeId).toList());
            Map<Long, PushOutcome> outcomes = new LinkedHashMap<>();
            items.forEach(item -> outcomes.put(item.changeId(), new PushOutcome.Applied("{}")));
            return outcomes;
        }
    }
}
