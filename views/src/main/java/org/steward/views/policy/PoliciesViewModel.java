package org.steward.views.policy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.steward.model.classification.Taxonomy;
import org.steward.model.policy.PolicyEngine;
import org.steward.model.policy.PolicyReport;
import org.steward.model.policy.RuleBook;
import org.steward.model.policy.RuleSet;
import org.steward.model.policy.Severity;
import org.steward.model.policy.Violation;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.Area;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/**
 * The Policies area's state: the last run's violations, filtered by rule, minimum severity, source and owner; counts
 * by rule; runs off the UI thread with progress; the workspace's own rule sets; where each fix-it leads.
 */
public final class PoliciesViewModel {
    private final Workspace workspace;
    private final String user;
    private final TaskExecutor executor;
    private final ObservableList<Violation> violations = FXCollections.observableArrayList();
    private final FilteredList<Violation> shown = new FilteredList<>(violations);
    private final ObservableList<RuleCount> counts = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ObservableList<RuleSet> ruleSets = FXCollections.observableArrayList();
    private final ObjectProperty<String> rule = new SimpleObjectProperty<>(this, "rule");
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(this, "severity");
    private final ObjectProperty<String> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>(this, "owner");
    private final ReadOnlyObjectWrapper<PolicyReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private long readMillis;

    public PoliciesViewModel(WorkspaceSession session, TaskExecutor executor) {
        this.workspace = session.workspace();
        this.user = session.user();
        this.executor = executor;
        rule.addListener((observable, old, now) -> refilter());
        severity.addListener((observable, old, now) -> refilter());
        source.addListener((observable, old, now) -> refilter());
        owner.addListener((observable, old, now) -> refilter());
    }

    /** Runs every rule over the workspace, pending changes included, and shows what they find. */
    public void run() {
        if (running.get()) {
            return;
        }
        running.set(true);
        progress.set(-1);
        status.set("Checking policies…");
        executor.execute(BackgroundJob.visible("Checking policies", this::evaluate, this::apply).onFailure(error -> {
            running.set(false);
            progress.set(0);
            status.set("The check failed: " + Objects.toString(error.getMessage(), error.toString()));
        }));
    }

    private PolicyReport evaluate(ProgressMonitor monitor) {
        monitor.progress(0, 1, "Reading the workspace");
        long started = System.nanoTime();
        RuleBook rules = workspace.policyRules().applyTo(RuleBook.standard());
        var catalog = workspace.policyCatalog();
        long read = (System.nanoTime() - started) / 1_000_000;
        executor.runOnUi(() -> readMillis = read);
        return new PolicyEngine(Taxonomy.standard(), rules).evaluate(catalog, new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
                monitor.progress(done, total, message);
                executor.runOnUi(() -> progress.set(total == 0 ? -1 : (double) done / total));
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        });
    }

    private void apply(PolicyReport result) {
        report.set(result);
        violations.setAll(result.violations());
        counts.setAll(result.rules().stream().map(policyRule -> new RuleCount(policyRule,
                result.countsByRule().get(policyRule.id()))).toList());
        sources.setAll(new TreeSet<>(result.violations().stream().map(Violation::source).toList()));
        owners.setAll(new TreeSet<>(result.violations().stream().map(Violation::owner)
                .filter(name -> !name.isBlank()).toList()));
        running.set(false);
        progress.set(1);
        status.set(String.format("%,d violations in %,d entities against %d rules · read in %,d ms, checked in %,d ms",
                result.violations().size(), result.entitiesChecked(), result.rules().size(), readMillis,
                result.millis()));
        loadRuleSets();
    }

    private void refilter() {
        String wantedRule = rule.get();
        Severity minimum = severity.get();
        String wantedSource = source.get();
        String wantedOwner = owner.get();
        shown.setPredicate(violation -> (wantedRule == null || violation.ruleId().equals(wantedRule))
                && (minimum == null || violation.severity().atLeast(minimum))
                && (wantedSource == null || violation.source().equals(wantedSource))
                && (wantedOwner == null || violation.owner().equals(wantedOwner)));
    }

    public void clearFilters() {
        rule.set(null);
        severity.set(null);
        source.set(null);
        owner.set(null);
    }

    /** Where the fix-it of {@code violation} leads: the catalog with the right section in view, or the lineage. */
    public FixTarget fixFor(Violation violation) {
        return switch (violation.fix()) {
            case SET_OWNER -> new FixTarget(Area.CATALOG, violation.entityId(), "owner");
            case CLASSIFY -> new FixTarget(Area.CATALOG, violation.entityId(), "classifications");
            case SET_RETENTION -> new FixTarget(Area.CATALOG, violation.entityId(), "retention");
            case LINK_DPIA -> new FixTarget(Area.CATALOG, violation.entityId(), "dpia");
            case RENAME -> new FixTarget(Area.CATALOG, violation.entityId(), "attributes");
            case REVIEW_LINEAGE -> new FixTarget(Area.LINEAGE, violation.entityId(), "");
        };
    }

    /** Reads the workspace's own rule sets. */
    public void loadRuleSets() {
        executor.execute(BackgroundJob.quiet("Reading rule sets", monitor -> workspace.policyRules().list(),
                ruleSets::setAll));
    }

    /** Adds a rule file to the workspace (checked first; a broken one is refused with its problems), then re-runs. */
    public void addRuleSet(Path file) {
        executor.execute(BackgroundJob.quiet("Adding rules", monitor -> {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            workspace.policyRules().put(String.valueOf(file.getFileName()), content, user, RuleBook.standard());
            return workspace.policyRules().list();
        }, sets -> {
            ruleSets.setAll(sets);
            status.set("Added the rules in " + file.getFileName());
            run();
        }).onFailure(error -> status.set("Cannot add " + file.getFileName() + ": "
                + Objects.toString(error.getMessage(), error.toString()))));
    }

    public void removeRuleSet(String name) {
        executor.execute(BackgroundJob.quiet("Removing rules", monitor -> {
            workspace.policyRules().remove(name, user);
            return workspace.policyRules().list();
        }, sets -> {
            ruleSets.setAll(sets);
            run();
        }));
    }

    public ObservableList<Violation> shownViolations() {
        return shown;
    }

    public List<Violation> allViolations() {
        return violations;
    }

    public ObservableList<RuleCount> counts() {
        return counts;
    }

    public ObservableList<String> sources() {
        return sources;
    }

    public ObservableList<String> owners() {
        return owners;
    }

    public ObservableList<RuleSet> ruleSets() {
        return ruleSets;
    }

    public ObjectProperty<String> ruleProperty() {
        return rule;
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public ObjectProperty<String> sourceProperty() {
        return source;
    }

    public ObjectProperty<String> ownerProperty() {
        return owner;
    }

    public ReadOnlyObjectProperty<PolicyReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
