package org.steward.views.masking;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.classification.Taxonomy;
import org.steward.model.masking.ColumnKind;
import org.steward.model.masking.ColumnMasking;
import org.steward.model.masking.DatasetMasking;
import org.steward.model.masking.DdlOptions;
import org.steward.model.masking.MaskingDdl;
import org.steward.model.masking.MaskingFunction;
import org.steward.model.masking.MaskingOverrides;
import org.steward.model.masking.MaskingPlan;
import org.steward.model.masking.MaskingPlanner;
import org.steward.model.masking.MaskingSalt;
import org.steward.model.masking.OverrideScope;
import org.steward.model.masking.RuleSource;
import org.steward.model.masking.SqlDialect;
import org.steward.model.workspace.Workspace;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/**
 * The masking window's state for one dataset: each column's rule with its samples masked, the rule per
 * classification, and the DDL for the chosen dialect. Rule changes are stored in the workspace (and audited) and the
 * preview and DDL follow.
 */
public final class MaskingViewModel {
    private final Workspace workspace;
    private final String user;
    private final TaskExecutor executor;
    private final Supplier<Taxonomy> taxonomy;
    private final ObservableList<MaskingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ClassificationRuleRow> classificationRules = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MaskingPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ObjectProperty<SqlDialect> dialect = new SimpleObjectProperty<>(this, "dialect",
            SqlDialect.POSTGRESQL);
    private final BooleanProperty includeSalt = new SimpleBooleanProperty(this, "includeSalt");
    private final StringProperty unmaskedRoles = new SimpleStringProperty(this, "unmaskedRoles",
            DdlOptions.DEFAULT_ROLE);
    private final ReadOnlyStringWrapper ddl = new ReadOnlyStringWrapper(this, "ddl", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private EntityDetails details;
    private MaskingSalt salt;

    public MaskingViewModel(Workspace workspace, String user, TaskExecutor executor, Supplier<Taxonomy> taxonomy) {
        this.workspace = workspace;
        this.user = user;
        this.executor = executor;
        this.taxonomy = taxonomy;
        dialect.addListener((observable, old, now) -> regenerate());
        includeSalt.addListener((observable, old, now) -> regenerate());
        unmaskedRoles.addListener((observable, old, now) -> regenerate());
    }

    /** Plans the masking of this dataset (with whatever changes its details already show). */
    public void show(EntityDetails dataset) {
        details = dataset;
        reload();
    }

    private void reload() {
        EntityDetails current = details;
        loading.set(true);
        executor.execute(BackgroundJob.quiet("Planning masking", monitor -> load(current), loaded -> {
            loading.set(false);
            if (current != details) {
                return;
            }
            salt = loaded.salt();
            plan.set(loaded.plan());
            rows.setAll(loaded.plan().columns().stream()
                    .map(column -> new MaskingRow(column, column.maskedSamples(loaded.salt()))).toList());
            classificationRules.setAll(loaded.classifications());
            message.set("");
            regenerate();
        }).onFailure(error -> {
            loading.set(false);
            message.set(error.getMessage());
        }));
    }

    private Loaded load(EntityDetails dataset) {
        Taxonomy standard = taxonomy.get();
        MaskingPlan planned = new DatasetMasking(workspace.catalog(), workspace.masking(), standard).plan(dataset);
        MaskingOverrides overrides = workspace.masking().overrides();
        MaskingPlanner planner = new MaskingPlanner(standard, overrides);
        Map<String, Long> counts = new LinkedHashMap<>();
        planned.columns().forEach(column -> column.classifications().forEach(label -> counts.merge(label, 1L,
                Long::sum)));
        List<ClassificationRuleRow> classifications = new ArrayList<>();
        counts.forEach((label, count) -> {
            MaskingPlanner.Candidate candidate = planner.candidate(label, ColumnKind.TEXT);
            classifications.add(new ClassificationRuleRow(label, candidate.function(), candidate.source(),
                    candidate.source() == RuleSource.CLASSIFICATION, count));
        });
        return new Loaded(planned, workspace.masking().salt(), classifications);
    }

    private void regenerate() {
        MaskingPlan current = plan.get();
        if (current == null || salt == null) {
            ddl.set("");
            return;
        }
        try {
            List<String> roles = Arrays.stream(unmaskedRoles.get() == null ? new String[0]
                    : unmaskedRoles.get().split("[,\\s]+")).filter(role -> !role.isBlank()).toList();
            ddl.set(MaskingDdl.generate(current, dialect.get(), new DdlOptions(includeSalt.get(), roles), salt));
            message.set("");
        } catch (IllegalArgumentException e) {
            ddl.set("");
            message.set(e.getMessage());
        }
    }

    /** Chooses this column's own rule; an empty rule goes back to its classifications' rules. */
    public void setColumnRule(ColumnMasking column, Optional<MaskingFunction> rule) {
        store(OverrideScope.COLUMN, column.qualifiedName(), rule);
    }

    /** Chooses the rule for every column labelled {@code classification}; empty goes back to the taxonomy's. */
    public void setClassificationRule(String classification, Optional<MaskingFunction> rule) {
        store(OverrideScope.CLASSIFICATION, classification, rule);
    }

    private void store(OverrideScope scope, String target, Optional<MaskingFunction> rule) {
        executor.execute(BackgroundJob.quiet("Saving the masking rule", monitor -> {
            workspace.masking().setRule(scope, target, rule, user);
            return target;
        }, saved -> reload()).onFailure(error -> message.set("Could not save the rule for " + target + ": "
                + error.getMessage())));
    }

    /** Writes the DDL shown to {@code file}. */
    public void saveDdl(Path file) {
        String script = ddl.get();
        if (script.isEmpty()) {
            return;
        }
        executor.execute(BackgroundJob.quiet("Saving DDL", monitor -> {
            Files.writeString(file, script, StandardCharsets.UTF_8);
            return file;
        }, saved -> message.set("Saved " + dialect.get().label() + " DDL to " + saved))
                .onFailure(error -> message.set("Could not save " + file + ": " + error.getMessage())));
    }

    public String defaultRuleLabel(ColumnMasking column) {
        return column.classifications().isEmpty() ? "Unmasked (not classified)" : "From its classifications";
    }

    public ObservableList<MaskingRow> rows() {
        return rows;
    }

    public ObservableList<ClassificationRuleRow> classificationRules() {
        return classificationRules;
    }

    public ReadOnlyObjectProperty<MaskingPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ObjectProperty<SqlDialect> dialectProperty() {
        return dialect;
    }

    public BooleanProperty includeSaltProperty() {
        return includeSalt;
    }

    public StringProperty unmaskedRolesProperty() {
        return unmaskedRoles;
    }

    public ReadOnlyStringProperty ddlProperty() {
        return ddl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    private record Loaded(MaskingPlan plan, MaskingSalt salt, List<ClassificationRuleRow> classifications) {
    }
}
