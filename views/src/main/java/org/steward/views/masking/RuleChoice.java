package org.steward.views.masking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steward.model.masking.MaskingFunction;
import org.steward.model.masking.MaskingFunctions;

/** An entry of a rule picker: a rule, or "default" (empty) to go back to what the taxonomy says. */
public record RuleChoice(Optional<MaskingFunction> function, String label) {

    public static RuleChoice of(MaskingFunction function) {
        return new RuleChoice(Optional.of(function), function.label());
    }

    public static RuleChoice useDefault(String what) {
        return new RuleChoice(Optional.empty(), what);
    }

    /** "default" first, then every rule. */
    public static List<RuleChoice> all(String defaultLabel) {
        List<RuleChoice> choices = new ArrayList<>();
        choices.add(useDefault(defaultLabel));
        MaskingFunctions.choices().forEach(function -> choices.add(of(function)));
        return choices;
    }

    @Override
    public String toString() {
        return label;
    }
}
