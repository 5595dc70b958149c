package org.steward.model.policy;

import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * A dataset's retention: what it declares (and in which attribute), the longest it may keep its data (and which
 * classification or stage sets that limit), and the stage it is in.
 *
 * @param personalLabels the personal-data labels the dataset holds; empty when it holds none
 */
public record RetentionVerdict(StageRule stage, Optional<Period> declared, String declaredFrom,
                               Optional<Period> maximum, String maximumFrom, List<String> personalLabels) {

    public RetentionVerdict {
        personalLabels = List.copyOf(personalLabels);
    }

    public boolean holdsPersonalData() {
        return !personalLabels.isEmpty();
    }

    /** The period that applies: the declared one, else the maximum as the default deletion deadline. */
    public Optional<Period> effective() {
        return declared.isPresent() ? declared : maximum;
    }

    public String effectiveFrom() {
        return declared.isPresent() ? declaredFrom : maximum.isPresent() ? maximumFrom : "";
    }

    public boolean exceedsMaximum() {
        return declared.isPresent() && maximum.isPresent() && Periods.longer(declared.get(), maximum.get());
    }

    /** One line for the detail pane and reports, e.g. "400 days (attribute retention_days); maximum 90 days …". */
    public String summary() {
        if (effective().isEmpty()) {
            return "No retention period: nothing declares one and no classification sets one.";
        }
        StringBuilder text = new StringBuilder(Periods.describe(effective().get())).append(" — ")
                .append(effectiveFrom());
        if (declared.isPresent() && maximum.isPresent()) {
            text.append(exceedsMaximum() ? "; longer than the maximum of " : "; within the maximum of ")
                    .append(Periods.describe(maximum.get())).append(" (").append(maximumFrom).append(')');
        }
        return text.toString();
    }
}
