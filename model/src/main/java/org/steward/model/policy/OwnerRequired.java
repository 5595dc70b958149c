package org.steward.model.policy;

import java.util.List;

/** Every dataset names an owner. */
public record OwnerRequired() implements RuleCheck {
    public static final String KIND = "owner-required";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Violation> evaluate(PolicyRule rule, PolicyContext context) {
        return context.catalog().datasets().stream()
                .filter(entity -> entity.owner().isBlank())
                .map(entity -> context.violation(rule, entity, "No owner: nobody is accountable for this dataset.",
                        List.of("owner: (none)"), FixKind.SET_OWNER))
                .toList();
    }
}
