package org.steward.model.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Personal data does not flow into a dataset whose own label is less sensitive than its source: the source's own
 * label, or when it has none, its most sensitive personal label. Public targets are left to
 * {@link NoPersonalDataIntoPublic}.
 */
public record NoSensitivityDowngrade() implements RuleCheck {
    public static final String KIND = "no-sensitivity-downgrade";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Violation> evaluate(PolicyRule rule, PolicyContext context) {
        PersonalData personal = context.personal();
        List<Violation> violations = new ArrayList<>();
        Map<EntityFacts, List<DataFlow>> offending = FlowFindings.byTarget(context.flows(), flow -> {
            int target = personal.labelledSensitivity(flow.target());
            return target >= 0 && !personal.isPublic(flow.target()) && target < sourceLevel(flow, personal);
        });
        offending.forEach((target, flows) -> {
            int highest = flows.stream().mapToInt(flow -> sourceLevel(flow, personal)).max().orElse(0);
            List<String> evidence = new ArrayList<>();
            evidence.add("target labels: " + String.join(", ", target.labels()) + " (sensitivity "
                    + personal.labelledSensitivity(target) + ")");
            flows.forEach(flow -> evidence.add(flow.path() + " (source sensitivity " + sourceLevel(flow, personal)
                    + ": " + String.join(", ", flow.labels()) + ")"));
            violations.add(context.violation(rule, target, "Labelled " + String.join(", ", target.labels())
                    + " (sensitivity " + personal.labelledSensitivity(target) + "), but personal data of sensitivity "
                    + highest + " flows into it from " + FlowFindings.origins(flows) + ".", evidence,
                    FixKind.REVIEW_LINEAGE));
        });
        return violations;
    }

    private static int sourceLevel(DataFlow flow, PersonalData personal) {
        int own = personal.labelledSensitivity(flow.origin());
        return own >= 0 ? own : flow.labels().stream().mapToInt(personal::sensitivity).max().orElse(0);
    }
}
