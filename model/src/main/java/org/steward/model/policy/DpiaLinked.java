package org.steward.model.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A dataset holding personal data at or above {@code minSensitivity} names the DPIA that covers it in one of the
 * rule book's DPIA attributes.
 */
public record DpiaLinked(int minSensitivity) implements RuleCheck {
    public static final String KIND = "dpia-linked";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Violation> evaluate(PolicyRule rule, PolicyContext context) {
        List<Violation> violations = new ArrayList<>();
        PersonalData personal = context.personal();
        for (EntityFacts entity : context.catalog().datasets()) {
            List<String> sensitive = personal.personalLabels(entity).stream()
                    .filter(label -> personal.sensitivity(label) >= minSensitivity).toList();
            boolean linked = context.settings().dpiaAttributes().stream()
                    .anyMatch(key -> !entity.attributes().getOrDefault(key, "").isBlank());
            if (!sensitive.isEmpty() && !linked) {
                violations.add(context.violation(rule, entity, "Holds highly sensitive personal data ("
                        + String.join(", ", sensitive) + ") but links no DPIA.",
                        List.of("sensitive labels: " + String.join(", ", sensitive),
                                "none of the attributes " + String.join(", ", context.settings().dpiaAttributes())
                                        + " is set"), FixKind.LINK_DPIA));
            }
        }
        return violations;
    }
}
