package org.steward.model.policy;

import java.util.ArrayList;
import java.util.List;

/** Columns that look like personal data (by name or sample values) carry at least one classification. */
public record PersonalDataClassified() implements RuleCheck {
    public static final String KIND = "personal-data-classified";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Violation> evaluate(PolicyRule rule, PolicyContext context) {
        List<Violation> violations = new ArrayList<>();
        for (EntityFacts entity : context.catalog().entities()) {
            List<String> columns = entity.columns().stream()
                    .filter(column -> column.suspected() && column.labels().isEmpty()).map(ColumnFacts::name).toList();
            if (!columns.isEmpty()) {
                String message = columns.size() == 1
                        ? "Column " + columns.get(0) + " looks like personal data but has no classification."
                        : columns.size() + " columns look like personal data but have no classification: "
                        + String.join(", ", columns.subList(0, Math.min(columns.size(), 6)))
                        + (columns.size() > 6 ? ", …" : "") + ".";
                violations.add(context.violation(rule, entity, message,
                        columns.stream().map(name -> "unclassified suspected column: " + name).toList(),
                        FixKind.CLASSIFY));
            }
        }
        return violations;
    }
}
