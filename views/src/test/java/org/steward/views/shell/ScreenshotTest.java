package org.steward.views.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.model.catalog.Entity;
import org.steward.model.change.DescriptionChange;
import org.steward.model.search.SearchHit;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.testing.TestWorkspaces;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Renders the catalog with a dataset selected and a pending edit, in both themes, for a human to look at. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
    private static final Path DIRECTORY = Path.of("target", "screenshots");

    private Workspace workspace;
    private StewardWindow window;

    @Start
    void start(Stage stage) {
        workspace = TestWorkspaces.small();
        window = new StewardWindow(stage, TestWorkspaces.context(workspace));
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        window.viewModel().themeProperty().set(Theme.LIGHT);
        workspace.close();
    }

    @Test
    void catalogInLightAndDarkThemes(FxRobot robot) throws Exception {
        Entity customers = workspace.catalog().entityByQualifiedName(TestCatalogs.CUSTOMERS).orElseThrow();
        window.viewModel().session().edits().record(new DescriptionChange(customers.id(), customers.description(),
                "One row per registered customer of the web shop; GDPR subject data."));
        robot.clickOn("#search-field").write("customer");
        TableView<SearchHit> table = robot.lookup("#results-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(hit -> hit.entity().id() == customers.id()));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(hit -> hit.entity().id() == customers.id()).findFirst().orElseThrow()));
        Label name = robot.lookup("#detail-name").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> name.getText().equals("customers")
                && robot.lookup("#description-pending").query().isVisible());

        Path light = snapshot(robot, "catalog.png");
        robot.interact(() -> window.viewModel().themeProperty().set(Theme.DARK));
        Path dark = snapshot(robot, "catalog-dark.png");

        assertThat(light).isNotEmptyFile();
        assertThat(dark).isNotEmptyFile();
    }

    private Path snapshot(FxRobot robot, String file) throws IOException, TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.scene().snapshot(null));
        Files.createDirectories(DIRECTORY);
        Path target = DIRECTORY.resolve(file);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", target.toFile());
        return target;
    }
}
