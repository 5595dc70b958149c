package org.steward.views.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.model.change.OwnerChange;
import org.steward.model.policy.Violation;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.StewardWindow;
import org.steward.views.testing.TestWorkspaces;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PoliciesWindowTest {
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = TestWorkspaces.small();
        long orders = workspace.catalog().entityByQualifiedName(TestCatalogs.ORDERS).orElseThrow().id();
        workspace.changes().propose(new OwnerChange(orders, "ben", ""), "tester");
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
    void fromAMissingOwnerToTheCatalogsOwnerPicker(FxRobot robot) throws TimeoutException {
        robot.clickOn("#nav-policies");
        TableView<Violation> table = robot.lookup("#violations-table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        assertThat(robot.lookup("#policy-status").queryAs(Label.class).getText())
                .contains("violations in 4 entities against 12 rules");

        robot.clickOn("Every dataset has an owner");
        waitUntil(() -> table.getItems().size() == 1);
        Violation orphan = table.getItems().get(0);
        assertThat(orphan.qualifiedName()).isEqualTo(TestCatalogs.ORDERS);

        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(robot.lookup("#violation-evidence").queryListView().getItems()).containsExactly("owner: (none)");
        robot.clickOn("#fix-violation");

        waitUntil(() -> robot.lookup("#detail-name").tryQuery().map(node -> ((Label) node).getText())
                .filter("orders"::equals).isPresent());
        ComboBox<?> picker = robot.lookup("#owner-picker").queryComboBox();
        waitUntil(picker::isFocused);
        assertThat(robot.lookup("#retention-effective").queryAs(Label.class).getText()).isNotBlank();
    }

    @Test
    void aMissingRetentionLeadsToTheDeclaredPeriodFieldAndDeclaringItFixesTheViolation(FxRobot robot)
            throws TimeoutException {
        robot.clickOn("#nav-policies");
        TableView<Violation> table = robot.lookup("#violations-table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        robot.clickOn("Datasets with personal data declare a retention period");
        waitUntil(() -> table.getItems().stream().allMatch(v -> v.ruleId().equals("retention-declared")));
        Violation customers = table.getItems().stream()
                .filter(v -> v.qualifiedName().equals(TestCatalogs.CUSTOMERS)).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(customers));
        robot.clickOn("#fix-violation");

        javafx.scene.control.TextField period = robot.lookup("#retention-period").queryAs(
                javafx.scene.control.TextField.class);
        waitUntil(period::isFocused);
        robot.write("P2Y").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> workspace.changes().pendingCount() == 2);
        waitUntil(() -> robot.lookup("#retention-declared").queryAs(Label.class).getText().startsWith("2 years"));

        robot.clickOn("#nav-policies");
        TableView<Violation> again = robot.lookup("#violations-table").queryTableView();
        waitUntil(() -> !again.getItems().isEmpty());
        assertThat(again.getItems()).noneMatch(v -> v.ruleId().equals("retention-declared")
                && v.qualifiedName().equals(TestCatalogs.CUSTOMERS));
    }

    @Test
    void severityFilterNarrowsTheTable(FxRobot robot) throws TimeoutException {
        robot.clickOn("#nav-policies");
        TableView<Violation> table = robot.lookup("#violations-table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        int all = table.getItems().size();

        robot.clickOn("#severity-filter").clickOn("high and above");

        waitUntil(() -> table.getItems().size() < all);
        assertThat(table.getItems()).allMatch(violation -> violation.severity().ordinal() >= 3);
        Node detail = robot.lookup("#violation-detail").query();
        assertThat(detail.isVisible()).isTrue();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
