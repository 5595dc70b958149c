package org.steward.views.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.model.audit.AuditEvent;
import org.steward.model.change.ChangeSetStatus;
import org.steward.model.change.ChangeSetSummary;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.StewardWindow;
import org.steward.views.testing.ReviewFixture;
import org.steward.views.testing.TestWorkspaces;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The four-eyes walk-through on screen: submit, approval refused to the author, switch user, approve, audit. */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowTest {
    private Workspace workspace;
    private long set;

    @Start
    void start(Stage stage) {
        workspace = ReviewFixture.workspace();
        set = ReviewFixture.proposeDescription(workspace, "One row per registered customer.",
                "One row per active customer.");
        new StewardWindow(stage, TestWorkspaces.context(workspace, ReviewFixture.STEWARD, ReviewServices.NONE));
        stage.setWidth(1400);
        stage.setHeight(880);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void submitAsStewardApprovalRefusedToTheAuthorSwitchUserAndApprove(FxRobot robot) throws Exception {
        Label user = robot.lookup("#status-user").queryAs(Label.class);
        waitUntil(() -> user.getText().equals("sam.steward · steward"));
        robot.clickOn("#nav-changes");
        selectTheChangeSet(robot);
        Button submit = robot.lookup("#changes-submit").queryButton();
        Button approve = robot.lookup("#changes-approve").queryButton();
        waitUntil(() -> !submit.isDisabled());
        assertThat(approve.isDisabled()).isTrue();

        robot.clickOn(submit);
        waitUntil(() -> status() == ChangeSetStatus.SUBMITTED);
        waitUntil(() -> approve.getTooltip().getText().contains("may not approve"));
        assertThat(approve.isDisabled()).isTrue();
        assertThat(robot.lookup("#changes-header").queryAs(Label.class).getText()).contains("submitted");

        robot.clickOn("File");
        robot.clickOn("Switch user…");
        DialogPane dialog = waitForDialog(robot, "#switch-user-dialog");
        @SuppressWarnings("unchecked")
        ComboBox<String> users = robot.from(dialog).lookup(".combo-box").queryAs(ComboBox.class);
        robot.interact(() -> users.getSelectionModel().select(ReviewFixture.REVIEWER));
        robot.clickOn((Node) dialog.lookupButton(ButtonType.OK));
        waitUntil(() -> user.getText().equals("rhea.reviewer · reviewer"));

        selectTheChangeSet(robot);
        Button approveAsReviewer = robot.lookup("#changes-approve").queryButton();
        waitUntil(() -> !approveAsReviewer.isDisabled());
        robot.clickOn(approveAsReviewer);
        DialogPane comment = waitForDialog(robot, "#approve-dialog");
        robot.clickOn(robot.from(comment).lookup(".text-field").queryAs(TextField.class)).write("Checked");
        robot.clickOn((Node) comment.lookupButton(ButtonType.OK));
        waitUntil(() -> status() == ChangeSetStatus.APPROVED);
        waitUntil(() -> robot.lookup("#changes-message").queryAs(Label.class).getText().contains("Approved"));
        assertThat(workspace.review().changeSet(set).orElseThrow().reviewedBy()).isEqualTo(ReviewFixture.REVIEWER);

        Button push = robot.lookup("#changes-push").queryButton();
        waitUntil(push::isVisible);
        robot.clickOn(push);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.steward.model.change.ChangeSet> approved =
                robot.lookup("#push-sets").queryAs(javafx.scene.control.ListView.class);
        waitUntil(() -> approved.getSelectionModel().getSelectedItem() != null
                && approved.getSelectionModel().getSelectedItem().id() == set);

        robot.clickOn("#nav-audit");
        TableView<AuditEvent> events = robot.lookup("#audit-table").queryTableView();
        waitUntil(() -> !events.getItems().isEmpty());
        assertThat(events.getItems().get(0).action()).isEqualTo("changeset.approved");
        ReviewFixture.tamper(workspace, "UPDATE audit_event SET actor = 'mallory' WHERE seq = 3");
        robot.clickOn("#audit-verify");
        Label verdict = robot.lookup("#audit-verdict").queryAs(Label.class);
        waitUntil(() -> verdict.getText().startsWith("Chain broken at event 3"));
        waitUntil(() -> robot.lookup(".audit-bad-row").tryQuery().isPresent());
        assertThat(events.getSelectionModel().getSelectedItem().seq()).isEqualTo(3);
    }

    private void selectTheChangeSet(FxRobot robot) throws TimeoutException {
        TableView<ChangeSetSummary> table = robot.lookup("#changes-table").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(summary -> summary.id() == set));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(summary -> summary.id() == set).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#changes-header").queryAs(Label.class).getText()
                .startsWith("Change set " + set));
    }

    private ChangeSetStatus status() {
        return workspace.review().changeSet(set).orElseThrow().status();
    }

    private static DialogPane waitForDialog(FxRobot robot, String id) throws TimeoutException {
        waitUntil(() -> robot.lookup(id).tryQuery().isPresent());
        return robot.lookup(id).queryAs(DialogPane.class);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
