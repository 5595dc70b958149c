package org.steward.views.policy;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.OptionalLong;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.steward.model.policy.RuleSet;
import org.steward.model.policy.Violation;
import org.steward.views.common.Glyph;
import org.steward.views.shell.AreaContext;
import org.steward.views.shell.AreaNavigator;
import org.steward.views.shell.AreaView;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.task.TaskExecutor;

/**
 * The Policies area: counts by rule on the left, the violations with filters in the middle, the selected one's
 * evidence and fix-it below; checks re-run off the UI thread.
 */
public final class PoliciesView implements AreaView {
    private final PoliciesViewModel model;
    private final ViolationsTable violations;
    private final BorderPane root = new BorderPane();

    public PoliciesView(AreaContext context) {
        this(context.session(), context.executor(), context.navigator());
    }

    public PoliciesView(WorkspaceSession session, TaskExecutor executor, AreaNavigator navigator) {
        model = new PoliciesViewModel(session, executor);
        violations = new ViolationsTable(model, violation -> fix(violation, navigator));
        ViolationDetail detail = new ViolationDetail(model, violation -> fix(violation, navigator));
        RuleCountsTable counts = new RuleCountsTable(model);
        violations.node().getSelectionModel().selectedItemProperty().addListener((observable, old, now) ->
                detail.show(now, now == null ? "" : model.reportProperty().get().rules().stream()
                        .filter(rule -> rule.id().equals(now.ruleId())).findFirst()
                        .map(rule -> rule.rationale() + (rule.regulations().isEmpty() ? ""
                                : " (" + String.join("; ", rule.regulations()) + ")")).orElse("")));
        VBox centre = new VBox(8, new PolicyFilters(model).node(), violations.node(), detail.node());
        VBox.setVgrow(violations.node(), Priority.ALWAYS);
        centre.getStyleClass().add("policies-centre");
        SplitPane split = new SplitPane(counts.node(), centre);
        split.setDividerPositions(0.3);
        root.setTop(toolbar());
        root.setCenter(split);
        root.setId("policies-view");
        root.getStyleClass().add("policies-view");
        model.run();
    }

    private HBox toolbar() {
        Label title = new Label("Policies", Glyph.POLICIES.icon());
        title.getStyleClass().add(Styles.TITLE_4);
        Button run = new Button("Run checks", Glyph.RUN.icon());
        run.setId("run-checks");
        run.setTooltip(new Tooltip("Check the workspace, pending changes included, against every rule"));
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(event -> model.run());
        ProgressBar progress = new ProgressBar();
        progress.setId("policy-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("policy-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.statusProperty());
        MenuButton ruleSets = new MenuButton("Rule sets", Glyph.RULES.icon());
        ruleSets.setId("rule-sets");
        ruleSets.setTooltip(new Tooltip("Rules added to this workspace on top of the standard rules"));
        MenuItem add = new MenuItem("Add a rules file…", Glyph.ADD.icon());
        add.setOnAction(event -> chooseRules());
        Runnable refresh = () -> {
            ruleSets.getItems().setAll(add);
            for (RuleSet set : model.ruleSets()) {
                MenuItem remove = new MenuItem("Remove " + set.name() + " (added by " + set.addedBy() + ")",
                        Glyph.REMOVE.icon());
                remove.setOnAction(event -> model.removeRuleSet(set.name()));
                ruleSets.getItems().add(remove);
            }
        };
        model.ruleSets().addListener((javafx.collections.ListChangeListener<RuleSet>) change -> refresh.run());
        refresh.run();
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, title, run, progress, status, gap, ruleSets);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("policies-toolbar");
        return bar;
    }

    private void chooseRules() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add policy rules");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Steward rules (JSON)", "*.json"));
        File file = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            model.addRuleSet(file.toPath());
        }
    }

    private void fix(Violation violation, AreaNavigator navigator) {
        if (violation.entityId() <= 0) {
            return;
        }
        FixTarget target = model.fixFor(violation);
        navigator.show(target.area(), target.entityId(), target.focus());
    }

    PoliciesViewModel model() {
        return model;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public OptionalLong selectedEntityId() {
        Violation selected = violations.node().getSelectionModel().getSelectedItem();
        return selected == null ? OptionalLong.empty() : OptionalLong.of(selected.entityId());
    }

    @Override
    public java.util.Optional<String> selectedQualifiedName() {
        return java.util.Optional.ofNullable(violations.node().getSelectionModel().getSelectedItem())
                .map(Violation::qualifiedName);
    }

    @Override
    public void dispose() {
        // nothing to release: the view model holds no listeners on the workspace
    }
}
