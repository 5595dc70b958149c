package org.steward.model.policy;

import java.util.ArrayList;
import java.util.List;

/** A dataset that holds personal data declares how long it keeps it. */
public record RetentionDeclared() implements RuleCheck {
    public static final String KIND = "retention-declared";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Violation> evaluate(PolicyRule rule, PolicyContext context) {
        List<Violation> violations = new ArrayList<>();
        for (EntityFacts entity : context.catalog().datasets()) {
            RetentionVerdict verdict = context.retention(entity);
            if (verdict.holdsPersonalData() && verdict.declared().isEmpty()) {
                List<String> evidence = new ArrayList<>();
                evidence.add("personal data: " + String.join(", ", verdict.personalLabels()));
                evidence.add("stage: " + verdict.stage().title());
                verdict.maximum().ifPresent(max -> evidence.add("maximum: " + Periods.describe(max) + " ("
                        + verdict.maximumFrom() + ")"));
                String message = "Holds personal data (" + String.join(", ", verdict.personalLabels())
                        + ") but declares no retention period"
                        + verdict.maximum().map(max -> "; it may keep it at most " + Periods.describe(max) + ".")
                        .orElse(".");
                violations.add(context.violation(rule, entity, message, evidence, FixKind.SET_RETENTION));
            }
        }
        return violations;
    }
}
