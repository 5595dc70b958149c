package org.steward.model.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Personal data carrying one of {@code classifications} that lives in a region listed in {@code allowed} flows only
 * into regions allowed for it. Data from regions not listed, and datasets whose region is unknown, are not judged.
 */
public record ResidencyRestricted(List<String> classifications, Map<String, Set<String>> allowed)
        implements RuleCheck {
    public static final String KIND = "residency";

    public ResidencyRestricted {
        classifications = List.copyOf(classifications);
        allowed = Map.copyOf(allowed);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Violation> evaluate(PolicyRule rule, PolicyContext context) {
        List<Violation> violations = new ArrayList<>();
        Map<EntityFacts, List<DataFlow>> offending = FlowFindings.byTarget(context.flows(), flow -> {
            Optional<String> from = context.region(flow.origin());
            Optional<String> to = context.region(flow.target());
            return from.isPresent() && to.isPresent() && allowed.containsKey(from.get())
                    && !allowed.get(from.get()).contains(to.get()) && !restricted(flow, context).isEmpty();
        });
        offending.forEach((target, flows) -> {
            String region = context.region(target).orElse("?");
            List<String> evidence = new ArrayList<>();
            evidence.add("target region: " + region);
            flows.forEach(flow -> evidence.add(flow.path() + " (from region " + context.region(flow.origin())
                    .orElse("?") + ", allowed " + String.join(", ", allowed.get(context.region(flow.origin()).get()))
                    + ": " + String.join(", ", restricted(flow, context)) + ")"));
            String origins = String.join(", ", flows.stream().map(flow -> context.region(flow.origin()).orElse("?"))
                    .distinct().toList());
            violations.add(context.violation(rule, target, "Lives in region " + region + ", but personal data ("
                    + String.join(", ", flows.stream().flatMap(flow -> restricted(flow, context).stream()).distinct()
                    .toList()) + ") flows into it from region " + origins + ", where it may not leave for "
                    + region + ".", evidence, FixKind.REVIEW_LINEAGE));
        });
        return violations;
    }

    private List<String> restricted(DataFlow flow, PolicyContext context) {
        return flow.labels().stream().filter(label -> classifications.stream().anyMatch(root -> label.equals(root)
                || context.personal().taxonomy().isA(label, root))).toList();
    }
}
