package org.steward.app.gui;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.AppDirectories;
import org.steward.app.Connectors;
import org.steward.app.platforms.AppPlatformAccess;
import org.steward.model.platform.PlatformAuth;
import org.steward.model.platform.PlatformEndpoint;
import org.steward.model.workspace.Workspace;
import org.steward.views.lineage.LineageServices;
import org.steward.views.shell.ShellContext;
import org.steward.views.shell.ShellPreferences;
import org.steward.views.shell.StewardWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A pull from an Atlas whose entity fetch hangs for 30 s: the window stays responsive (the FX thread answers a
 * runLater within 100 ms throughout), and the status bar's cancel ends the pull with the workspace unchanged.
 */
@ExtendWith(ApplicationExtension.class)
class PlatformsPullWindowTest {
    private static final long HANG_MILLIS = 30_000;

    @TempDir
    static Path temp;

    private final WireMockServer atlas = new WireMockServer(options().dynamicPort());
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        atlas.start();
        atlas.stubFor(get(urlEqualTo("/api/atlas/v2/types/typedefs")).willReturn(okJson(
                "{\"entityDefs\":[{\"name\":\"hive_table\",\"superTypes\":[\"DataSet\"]}],\"classificationDefs\":[]}")));
        atlas.stubFor(post(urlPathEqualTo("/api/atlas/v2/search/basic")).willReturn(okJson(
                "{\"entities\":[{\"typeName\":\"hive_table\",\"guid\":\"g-1\"}]}")));
        atlas.stubFor(get(urlEqualTo("/api/atlas/v2/entity/bulk?minExtInfo=true&guid=g-1")).willReturn(okJson(
                "{\"entities\":[{\"typeName\":\"hive_table\",\"guid\":\"g-1\",\"attributes\":{\"qualifiedName\":"
                        + "\"sales.orders@cl1\",\"name\":\"orders\"}}]}").withFixedDelay((int) HANG_MILLIS)));
        AppDirectories directories = new AppDirectories(temp.resolve("home"));
        AppPlatformAccess access = new AppPlatformAccess(directories);
        access.unlock("master".toCharArray()).put(PlatformEndpoint.secretRefFor("hung"), "pw".toCharArray());
        access.registry().save(PlatformEndpoint.atlas("hung", URI.create(atlas.baseUrl()),
                new PlatformAuth.Basic("admin", PlatformEndpoint.secretRefFor("hung"))));
        workspace = Workspace.inMemory("pull-target");
        new StewardWindow(stage, new ShellContext(workspace, ShellPreferences.inMemory(), "steward.one",
                directories.logFile(), new AppWorkspaceOpener(directories), "test", Connectors.importers(),
                Connectors.exporters(), LineageServices.ofWorkspace(), access));
        stage.setWidth(1400);
        stage.setHeight(900);
        stage.show();
    }

    @AfterEach
    void close() {
        atlas.stop();
        workspace.close();
    }

    @Test
    void theWindowStaysResponsiveWhileAtlasHangsAndCancelLeavesTheWorkspaceAlone(FxRobot robot) throws Exception {
        robot.clickOn("#nav-platforms");
        waitUntil(() -> robot.lookup("#platforms-list").tryQuery().isPresent());
        robot.clickOn("#platform-pull");
        waitUntil(() -> atlas.getAllServeEvents().stream()
                .anyMatch(event -> event.getRequest().getUrl().startsWith("/api/atlas/v2/entity/bulk")));

        List<Long> roundTrips = new ArrayList<>();
        for (int index = 0; index < 20; index++) {
            long started = System.nanoTime();
            CountDownLatch answered = new CountDownLatch(1);
            Platform.runLater(answered::countDown);
            assertThat(answered.await(5, TimeUnit.SECONDS)).isTrue();
            roundTrips.add((System.nanoTime() - started) / 1_000_000);
            Thread.sleep(50);
        }
        Collections.sort(roundTrips);
        assertThat(roundTrips.get(roundTrips.size() / 2)).as("median runLater round trip, ms").isLessThan(100);
        assertThat(roundTrips.get(roundTrips.size() - 1)).as("slowest runLater round trip, ms").isLessThan(1000);
        assertThat(robot.lookup("#platform-pull").queryButton().isDisabled()).isTrue();

        long cancelled = System.nanoTime();
        Button cancel = robot.lookup(node -> node instanceof Button button
                && "Cancel the running task".equals(button.getAccessibleText())).queryButton();
        robot.clickOn(cancel);
        Label message = robot.lookup("#platform-message").queryAs(Label.class);
        waitUntil(() -> message.getText().contains("cancelled"));

        assertThat(Duration.ofNanos(System.nanoTime() - cancelled)).isLessThan(Duration.ofMillis(HANG_MILLIS / 3));
        assertThat(message.getText()).contains("the workspace is as it was");
        assertThat(workspace.stats().totalEntities()).isZero();
        assertThat(workspace.remote().count("hung")).isZero();
        waitUntil(() -> !robot.lookup("#platform-pull").queryButton().isDisabled());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
