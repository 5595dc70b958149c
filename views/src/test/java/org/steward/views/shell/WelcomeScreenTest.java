package org.steward.views.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.views.testing.TestWorkspaces;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WelcomeScreenTest {

    @Start
    void start(Stage stage) {
        new StewardWindow(stage, TestWorkspaces.context(null)).show();
    }

    @Test
    void withoutAWorkspaceTheWelcomeScreenOffersNewOpenAndDemo(FxRobot robot) {
        assertThat(robot.lookup("#welcome-pane").tryQuery()).isPresent();
        assertThat(robot.lookup("#welcome-new").tryQuery()).isPresent();
        assertThat(robot.lookup("#welcome-open").tryQuery()).isPresent();
        assertThat(robot.lookup("#welcome-demo").tryQuery()).isPresent();
        assertThat(robot.lookup("#navigation-rail").tryQuery()).isEmpty();
    }

    @Test
    void undoAndCloseAreDisabledWithoutAWorkspace(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        MenuItem undo = item(bar, "action-undo");
        MenuItem close = item(bar, "action-close-workspace");

        assertThat(undo.isDisable()).isTrue();
        assertThat(close.isDisable()).isTrue();
        assertThat(undo.getAccelerator().getName()).isEqualTo("Shortcut+Z");
    }

    private static MenuItem item(MenuBar bar, String id) {
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }
}
