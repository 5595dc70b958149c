package org.steward.model.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.steward.model.catalog.EntityType;

/** Names of datasets, dashboards or columns from sources matching {@code source} match {@code pattern}. */
public record NamingConvention(EntityType entityType, Pattern source, Pattern pattern) implements RuleCheck {
    public static final String KIND = "naming";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Violation> evaluate(PolicyRule rule, PolicyContext context) {
        List<Violation> violations = new ArrayList<>();
        for (EntityFacts entity : context.catalog().entities()) {
            if (!source.matcher(entity.source()).matches()) {
                continue;
            }
            if (entityType == EntityType.COLUMN) {
                List<String> bad = entity.columns().stream().map(ColumnFacts::name)
                        .filter(name -> !pattern.matcher(name).matches()).toList();
                if (!bad.isEmpty()) {
                    violations.add(context.violation(rule, entity, bad.size() + " column name"
                            + (bad.size() == 1 ? " does" : "s do") + " not match " + pattern.pattern() + ": "
                            + String.join(", ", bad.subList(0, Math.min(bad.size(), 6)))
                            + (bad.size() > 6 ? ", …" : ""), bad.stream().map(name -> "column: " + name).toList(),
                            FixKind.RENAME));
                }
            } else if (entity.type() == entityType && !pattern.matcher(entity.name()).matches()) {
                violations.add(context.violation(rule, entity, "The name " + entity.name() + " does not match "
                        + pattern.pattern() + ".", List.of("name: " + entity.name(), "source: " + entity.source()),
                        FixKind.RENAME));
            }
        }
        return violations;
    }
}
