package org.steward.views.catalog;

import java.time.Period;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.catalog.EntityType;
import org.steward.model.change.AttributeChange;
import org.steward.model.classification.Taxonomy;
import org.steward.model.policy.EntityFacts;
import org.steward.model.policy.Periods;
import org.steward.model.policy.PolicyEngine;
import org.steward.model.policy.RetentionResolver;
import org.steward.model.policy.RetentionVerdict;
import org.steward.model.policy.RuleBook;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/**
 * The retention of the dataset the detail pane shows (its effective period and where it comes from, worked out off
 * the UI thread with the standard rules and the workspace's rule sets) and the DPIA that covers it. Declaring a
 * period or linking a DPIA proposes an attribute change ({@code retention}, {@code dpia}).
 */
public final class RetentionViewModel {
    static final String RETENTION = "retention";
    static final String DPIA = "dpia";

    private final WorkspaceSession session;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<RetentionVerdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ReadOnlyStringWrapper dpia = new ReadOnlyStringWrapper(this, "dpia", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private RetentionResolver resolver;
    private EntityDetails shown;
    private long generation;

    public RetentionViewModel(WorkspaceSession session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
    }

    /** Works out the retention of {@code details}, or clears it for {@code null} and for non-datasets. */
    public void show(EntityDetails details) {
        long mine = ++generation;
        problem.set("");
        if (details == null || details.entity().type() != EntityType.DATASET) {
            shown = null;
            verdict.set(null);
            dpia.set("");
            return;
        }
        shown = details;
        dpia.set(details.attributes().getOrDefault(DPIA, ""));
        EntityFacts facts = EntityFacts.of(details);
        executor.execute(BackgroundJob.quiet("Working out retention", monitor -> resolver().verdict(facts),
                result -> {
                    if (mine == generation) {
                        verdict.set(result);
                    }
                }));
    }

    /**
     * Proposes {@code text} (an ISO-8601 period such as {@code P18M}, or a number of days) as the dataset's declared
     * retention; blank removes the declaration. Anything else is refused with a message and nothing is recorded.
     */
    public void declareRetention(String text) {
        String value = text == null ? "" : text.strip();
        Optional<Period> period = Periods.parse(value, true);
        if (!value.isEmpty() && period.isEmpty()) {
            problem.set("'" + value + "' is not a period: write P90D, P18M, P2Y or a number of days.");
            return;
        }
        propose(RETENTION, period.map(Period::toString).orElse(""));
    }

    /** Proposes {@code reference} (a DPIA's id or link) as the DPIA covering the dataset; blank unlinks it. */
    public void linkDpia(String reference) {
        propose(DPIA, reference == null ? "" : reference.strip());
    }

    private void propose(String key, String after) {
        EntityDetails details = shown;
        if (details == null) {
            return;
        }
        String before = details.attributes().getOrDefault(key, "");
        problem.set("");
        if (before.equals(after)) {
            return;
        }
        AttributeChange change = new AttributeChange(details.entity().id(), key, before, after);
        executor.execute(BackgroundJob.quiet("Recording " + key, monitor -> session.edits().record(change),
                proposed -> { }));
    }

    private synchronized RetentionResolver resolver() {
        if (resolver == null) {
            RuleBook rules = session.workspace().policyRules().applyTo(RuleBook.standard());
            resolver = new PolicyEngine(Taxonomy.standard(), rules).retention();
        }
        return resolver;
    }

    public ReadOnlyObjectProperty<RetentionVerdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The DPIA reference of the shown dataset, pending changes included; blank when none. */
    public ReadOnlyStringProperty dpiaProperty() {
        return dpia.getReadOnlyProperty();
    }

    /** Why the last declaration was refused; blank when it was not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
