package org.steward.views.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.model.catalog.Entity;
import org.steward.model.lineage.LineageService;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.ShellContext;
import org.steward.views.shell.ShellPreferences;
import org.steward.views.shell.StewardAction;
import org.steward.views.shell.StewardWindow;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.testing.TestWorkspaces;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Catalog → Open lineage (Ctrl+L) → the lineage area focused on the entity → Open in catalog and back. */
@ExtendWith(ApplicationExtension.class)
class LineageNavigationTest {
    private Workspace workspace;
    private StewardWindow window;
    private final List<Long> requestedFoci = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        workspace = TestWorkspaces.small();
        LineageService fake = FakeLineage.demo();
        LineageServices services = new LineageServices() {
            @Override
            public LineageService service(WorkspaceSession session) {
                return new RecordingLineage(fake, requestedFoci);
            }

            @Override
            public LineageEdits edits(WorkspaceSession session) {
                return new RecordedEdits();
            }
        };
        ShellContext context = new ShellContext(workspace, ShellPreferences.inMemory(), "tester",
                Path.of("target/steward.log"), TestWorkspaces.context(workspace).opener(), "test", List.of(),
                List.of(), services);
        window = new StewardWindow(stage, context);
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void opensTheLineageOfTheSelectedEntityAndComesBack(FxRobot robot) throws Exception {
        Entity customers = workspace.catalog().entityByQualifiedName(TestCatalogs.CUSTOMERS).orElseThrow();
        robot.interact(() -> window.viewModel().session());
        robot.interact(() -> in(robot).lookup("#search-field")
                .queryAs(javafx.scene.control.TextField.class).setText("customers"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> in(robot).lookup("#results-table").queryTableView()
                .getItems().size() > 0);
        robot.interact(() -> {
            var table = in(robot).lookup("#results-table").<org.steward.model.search.SearchHit>queryTableView();
            table.getItems().stream().filter(hit -> hit.entity().id() == customers.id()).findFirst()
                    .ifPresent(hit -> table.getSelectionModel().select(hit));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.currentArea().selectedEntityId()
                .equals(java.util.OptionalLong.of(customers.id())));
        javafx.scene.control.Button open = in(robot).lookup("#open-lineage").queryButton();
        assertThat(open.isVisible()).isTrue();
        assertThat(StewardAction.OPEN_LINEAGE.accelerator()).isEqualTo(KeyCombination.keyCombination("shortcut+L"));
        robot.interact(open::fire);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> centerId().equals("lineage-view"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> requestedFoci.contains(customers.id()));
        assertThat(in(robot).lookup("#nav-lineage").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();

        robot.interact(() -> {
            LineageView lineage = (LineageView) currentArea();
            lineage.reveal(5);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> in(robot).lookup("#lineage-node-count").queryLabeled()
                .getText().equals("7 nodes"));
        robot.interact(() -> ((LineageView) currentArea()).viewModel().select(5, false));
        robot.interact(() -> in(robot).lookup("#open-in-catalog").queryButton().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> centerId().equals("catalog-view"));
    }

    private org.testfx.service.query.NodeQuery in(FxRobot robot) {
        return robot.from(window.scene().getRoot());
    }

    private String centerId() {
        javafx.scene.Node center = ((javafx.scene.layout.BorderPane) window.scene().getRoot()).getCenter();
        return center == null || center.getId() == null ? "" : center.getId();
    }

    private Object currentArea() {
        return window.currentArea();
    }
}
