package org.steward.views.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.model.change.ChangeSetStatus;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.identity.Role;
import org.steward.model.push.CircuitBreaker;
import org.steward.model.push.PushItem;
import org.steward.model.push.PushOutcome;
import org.steward.model.push.PushState;
import org.steward.model.push.PushTarget;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.ShellContext;
import org.steward.views.shell.ShellPreferences;
import org.steward.views.shell.StewardWindow;
import org.steward.views.testing.TestWorkspaces;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Push area against a platform that does not answer: the window stays responsive, and cancel stops the push. */
@ExtendWith(ApplicationExtension.class)
class PushWindowTest {
    private static final List<String> LABELS = List.of("PII", "GDPR", "Confidential", "Finance", "HR", "Retention",
            "Marketing", "Restricted", "Public", "Internal");

    private final HangingTarget target = new HangingTarget();
    private Workspace workspace;
    private long set;

    @Start
    void start(Stage stage) {
        workspace = TestWorkspaces.small();
        workspace.users().enrollFirst("tester");
        workspace.users().save("tester", "ana", Set.of(Role.STEWARD));
        workspace.users().save("tester", "ben", Set.of(Role.REVIEWER));
        int proposed = 0;
        for (String name : List.of(org.steward.model.testing.TestCatalogs.CUSTOMERS,
                org.steward.model.testing.TestCatalogs.ORDERS, org.steward.model.testing.TestCatalogs.STG_CUSTOMERS,
                org.steward.model.testing.TestCatalogs.CUSTOMERS_EMAIL, org.steward.model.testing.TestCatalogs.LOAD,
                org.steward.model.testing.TestCatalogs.DASHBOARD)) {
            long id = workspace.catalog().entityByQualifiedName(name).orElseThrow().id();
            for (String label : LABELS) {
                set = workspace.changes().propose(new ClassificationAdded(id, label), "ana").changeSetId();
                proposed++;
            }
        }
        assertThat(proposed).isEqualTo(60);
        workspace.review().submit(set, "ana");
        workspace.review().approve(set, "ben", "");
        FakePlatformAccess platforms = new FakePlatformAccess("slow-atlas", target);
        platforms.unlock("master".toCharArray());
        ShellContext base = TestWorkspaces.context(workspace);
        ShellContext context = new ShellContext(workspace, ShellPreferences.inMemory(), "tester",
                Path.of("target/steward.log"), base.opener(), "test", List.of(), List.of(), null, null,
                platforms);
        new StewardWindow(stage, context);
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        target.release.countDown();
        workspace.close();
    }

    @Test
    void theWindowAnswersWhileAtlasHangsAndCancelStopsAfterTheBatchInFlight(FxRobot robot) throws Exception {
        robot.clickOn("#nav-push");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#push-start").queryButton().isDisabled());

        robot.clickOn("#push-start");
        assertThat(target.entered.await(10, TimeUnit.SECONDS)).isTrue();

        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            CountDownLatch answered = new CountDownLatch(1);
            Platform.runLater(answered::countDown);
            assertThat(answered.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        }
        Button cancel = robot.lookup("#push-cancel").queryButton();
        assertThat(cancel.isDisabled()).isFalse();
        assertThat(robot.lookup("#push-start").queryButton().isDisabled()).isTrue();
        robot.clickOn("#push-cancel");
        assertThat(robot.lookup("#push-message").queryAs(Label.class).getText())
                .isEqualTo("Stopping after the requests in flight…");

        target.release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#push-message").queryAs(Label.class)
                .getText().startsWith("Push of change set"));

        assertThat(robot.lookup("#push-message").queryAs(Label.class).getText())
                .contains("stopped: 50 applied").contains("push again to continue");
        Map<PushState, Long> states = new LinkedHashMap<>();
        workspace.pushes().forSet(set).forEach(r -> states.merge(r.state(), 1L, Long::sum));
        assertThat(states).containsEntry(PushState.APPLIED, 50L).containsEntry(PushState.QUEUED, 10L);
        assertThat(target.calls).isEqualTo(1);
        assertThat(workspace.review().changeSet(set).orElseThrow().status()).isEqualTo(ChangeSetStatus.APPROVED);
    }

    /** A platform whose first answer takes until the test releases it. */
    private static final class HangingTarget implements PushTarget {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30));
        volatile int calls;

        @Override
        public String endpoint() {
            return "slow-atlas";
        }

        @Override
        public CircuitBreaker breaker() {
            return breaker;
        }

        @Override
        public long requestCount() {
            return calls;
        }

        @Override
        public Map<Long, PushOutcome> push(List<PushItem> items, Consumer<List<Long>> beforeSending) {
            calls++;
            beforeSending.accept(items.stream().map(PushItem::changeId).toList());
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Map<Long, PushOutcome> outcomes = new LinkedHashMap<>();
            items.forEach(item -> outcomes.put(item.changeId(), new PushOutcome.Applied("204")));
            return outcomes;
        }
    }
}
