package org.steward.views.catalog;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.classification.Taxonomy;
import org.steward.model.policy.EntityFacts;
import org.steward.model.policy.PolicyEngine;
import org.steward.model.policy.RetentionResolver;
import org.steward.model.policy.RetentionVerdict;
import org.steward.model.policy.RuleBook;
import org.steward.model.workspace.Workspace;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/**
 * The retention of the dataset the detail pane shows: its effective period and where it comes from, worked out
 * off the UI thread with the standard rules and the workspace's own rule sets.
 */
public final class RetentionViewModel {
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<RetentionVerdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private RetentionResolver resolver;
    private long generation;

    public RetentionViewModel(Workspace workspace, TaskExecutor executor) {
        this.workspace = workspace;
        this.executor = executor;
    }

    /** Works out the retention of {@code details}, or clears it for {@code null} and for non-datasets. */
    public void show(EntityDetails details) {
        long mine = ++generation;
        if (details == null || details.entity().type() != org.steward.model.catalog.EntityType.DATASET) {
            verdict.set(null);
            return;
        }
        EntityFacts facts = EntityFacts.of(details);
        executor.execute(BackgroundJob.quiet("Working out retention", monitor -> resolver().verdict(facts),
                result -> {
                    if (mine == generation) {
                        verdict.set(result);
                    }
                }));
    }

    private synchronized RetentionResolver resolver() {
        if (resolver == null) {
            RuleBook rules = workspace.policyRules().applyTo(RuleBook.standard());
            resolver = new PolicyEngine(Taxonomy.standard(), rules).retention();
        }
        return resolver;
    }

    public ReadOnlyObjectProperty<RetentionVerdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }
}
