package org.steward.model.policy;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.steward.model.classification.ClassificationDef;

/**
 * Works out a dataset's retention. The maximum is the shortest of the retention periods of the classifications it
 * and its columns carry (from the taxonomy) and, when it holds personal data, of its stage's maximum.
 */
public final class RetentionResolver {
    private final PersonalData personal;
    private final PolicySettings settings;

    public RetentionResolver(PersonalData personal, PolicySettings settings) {
        this.personal = personal;
        this.settings = settings;
    }

    public RetentionVerdict verdict(EntityFacts entity) {
        StageRule stage = settings.stageOf(entity).orElse(new StageRule("processed", "Processed", Optional.empty(),
                "", List.of(), List.of(), List.of(), List.of()));
        Optional<Period> declared = Optional.empty();
        String declaredFrom = "";
        for (RetentionAttribute attribute : settings.retentionAttributes()) {
            String value = entity.attributes().get(attribute.name());
            Optional<Period> parsed = Periods.parse(value, attribute.days());
            if (parsed.isPresent()) {
                declared = parsed;
                declaredFrom = "declared in attribute " + attribute.name() + " = " + value.strip();
                break;
            }
        }
        Set<String> labels = new LinkedHashSet<>(entity.labels());
        entity.columns().forEach(column -> labels.addAll(column.labels()));
        Optional<Period> maximum = Optional.empty();
        String maximumFrom = "";
        for (String label : labels) {
            Optional<Period> limit = personal.taxonomy().find(label).flatMap(ClassificationDef::retention);
            if (limit.isPresent() && (maximum.isEmpty() || Periods.longer(maximum.get(), limit.get()))) {
                maximum = limit;
                maximumFrom = "maximum for " + label + " (taxonomy)";
            }
        }
        List<String> personalLabels = new ArrayList<>(personal.personalLabels(entity));
        if (!personalLabels.isEmpty() && stage.maximum().isPresent()
                && (maximum.isEmpty() || Periods.longer(maximum.get(), stage.maximum().get()))) {
            maximum = stage.maximum();
            maximumFrom = "maximum for personal data in the " + stage.title().toLowerCase(java.util.Locale.ROOT)
                    + " stage" + (stage.why().isEmpty() ? "" : ": " + stage.why());
        }
        return new RetentionVerdict(stage, declared, declaredFrom, maximum, maximumFrom, personalLabels);
    }
}
