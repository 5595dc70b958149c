package org.steward.model.policy;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A dataset stage (raw, processed, model outputs) with the longest time personal data may stay in it, and how a
 * dataset is recognised as being in it: by its database or zone, schema, subtype or source (regular expressions).
 * A stage with no matchers is the default. A dataset's {@code stage} attribute names its stage outright.
 */
public record StageRule(String stage, String title, Optional<Period> maximum, String why, List<String> databases,
                        List<String> schemas, List<String> subtypes, List<Pattern> sources) {

    public StageRule {
        maximum = maximum == null ? Optional.empty() : maximum;
        why = why == null ? "" : why;
        databases = List.copyOf(databases);
        schemas = List.copyOf(schemas);
        subtypes = List.copyOf(subtypes);
        sources = List.copyOf(sources);
    }

    public boolean isDefault() {
        return databases.isEmpty() && schemas.isEmpty() && subtypes.isEmpty() && sources.isEmpty();
    }

    boolean matches(EntityFacts entity) {
        String declared = entity.attributes().getOrDefault("stage", entity.attributes().getOrDefault("meta.stage", ""));
        if (!declared.isBlank()) {
            return declared.strip().equalsIgnoreCase(stage);
        }
        return contains(databases, entity.database()) || contains(schemas, entity.schema())
                || contains(subtypes, entity.subtype())
                || sources.stream().anyMatch(source -> source.matcher(entity.source()).matches());
    }

    private static boolean contains(List<String> names, String value) {
        return names.stream().anyMatch(name -> name.equalsIgnoreCase(value));
    }
}
