package org.steward.model.masking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * How one column is masked.
 *
 * @param classifications every label on the column
 * @param decidedBy       the label whose rule won (the strictest), empty for a column rule or an unlabelled column
 * @param function        the rule, empty when the column passes unmasked
 * @param samples         the column's sample values from the catalog
 */
public record ColumnMasking(String name, String qualifiedName, String dataType, List<String> classifications,
                            Optional<String> decidedBy, Optional<MaskingFunction> function, RuleSource source,
                            List<String> samples) {

    public ColumnMasking {
        classifications = List.copyOf(classifications);
        samples = List.copyOf(samples);
    }

    public ColumnKind kind() {
        return ColumnKind.of(dataType);
    }

    public boolean masked() {
        return function.isPresent();
    }

    /** The samples as the masked view shows them (unchanged for an unmasked column). */
    public List<String> maskedSamples(MaskingSalt salt) {
        if (function.isEmpty()) {
            return samples;
        }
        List<String> out = new ArrayList<>(samples.size());
        samples.forEach(sample -> out.add(function.get().apply(sample, salt)));
        return Collections.unmodifiableList(out);
    }

    public String ruleLabel() {
        return function.map(MaskingFunction::label).orElse("None");
    }
}
