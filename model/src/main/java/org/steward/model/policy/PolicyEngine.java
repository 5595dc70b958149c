package org.steward.model.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.steward.model.classification.Taxonomy;
import org.steward.model.task.CancelledException;
import org.steward.model.task.ProgressMonitor;

/** Runs a rule book over a catalog; violations come most severe first, then by rule and entity. */
public final class PolicyEngine {
    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::severity).reversed()
            .thenComparing(Violation::ruleId).thenComparing(Violation::qualifiedName);

    private final Taxonomy taxonomy;
    private final RuleBook rules;

    public PolicyEngine(Taxonomy taxonomy, RuleBook rules) {
        this.taxonomy = taxonomy;
        this.rules = rules;
    }

    public RuleBook rules() {
        return rules;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public PolicyReport evaluate(PolicyCatalog catalog, ProgressMonitor monitor) {
        long started = System.nanoTime();
        PolicyContext context = new PolicyContext(catalog, personalData(), rules.settings());
        List<Violation> violations = new ArrayList<>();
        List<PolicyRule> all = rules.rules();
        for (int i = 0; i < all.size(); i++) {
            if (monitor.isCancelled()) {
                throw new CancelledException();
            }
            PolicyRule rule = all.get(i);
            monitor.progress(i, all.size(), "Checking rule " + rule.id());
            violations.addAll(rule.check().evaluate(rule, context));
        }
        monitor.progress(all.size(), all.size(), "Checked " + all.size() + " rules");
        violations.sort(ORDER);
        return new PolicyReport(all, violations, catalog.entities().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    public PersonalData personalData() {
        return new PersonalData(taxonomy, rules.settings().personalData());
    }

    /** The retention resolver the catalog's detail pane uses, with this engine's taxonomy and settings. */
    public RetentionResolver retention() {
        return new RetentionResolver(personalData(), rules.settings());
    }
}
