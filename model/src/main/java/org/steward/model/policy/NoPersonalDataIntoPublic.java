package org.steward.model.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** No personal data flows into a dataset labelled Public. */
public record NoPersonalDataIntoPublic() implements RuleCheck {
    public static final String KIND = "no-personal-data-into-public";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Violation> evaluate(PolicyRule rule, PolicyContext context) {
        List<Violation> violations = new ArrayList<>();
        Map<EntityFacts, List<DataFlow>> offending = FlowFindings.byTarget(context.flows(),
                flow -> context.personal().isPublic(flow.target()));
        offending.forEach((target, flows) -> violations.add(context.violation(rule, target,
                "Labelled public, but personal data (" + FlowFindings.labels(flows) + ") flows into it from "
                        + FlowFindings.origins(flows) + ".", FlowFindings.evidence(flows), FixKind.REVIEW_LINEAGE)));
        return violations;
    }
}
