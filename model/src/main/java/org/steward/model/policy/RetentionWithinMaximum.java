package org.steward.model.policy;

import java.util.ArrayList;
import java.util.List;

/** A declared retention period is no longer than the maximum of the data the dataset holds and of its stage. */
public record RetentionWithinMaximum() implements RuleCheck {
    public static final String KIND = "retention-within-maximum";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Violation> evaluate(PolicyRule rule, PolicyContext context) {
        List<Violation> violations = new ArrayList<>();
        for (EntityFacts entity : context.catalog().datasets()) {
            RetentionVerdict verdict = context.retention(entity);
            if (verdict.exceedsMaximum()) {
                String message = "Keeps data " + Periods.describe(verdict.declared().get()) + ", longer than the "
                        + "maximum of " + Periods.describe(verdict.maximum().get()) + " (" + verdict.maximumFrom()
                        + ").";
                violations.add(context.violation(rule, entity, message, List.of(verdict.declaredFrom(),
                        verdict.maximumFrom() + ": " + Periods.describe(verdict.maximum().get()),
                        "stage: " + verdict.stage().title()), FixKind.SET_RETENTION));
            }
        }
        return violations;
    }
}
