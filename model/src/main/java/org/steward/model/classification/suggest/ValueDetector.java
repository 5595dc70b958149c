package org.steward.model.classification.suggest;

import java.util.List;
import java.util.Optional;

/** Suggests a classification from a column's sample values (non-blank, stripped). */
public sealed interface ValueDetector permits FormatDetector, BirthDateDetector, PersonNameDetector {

    Optional<Suggestion> detect(List<String> values);

    /** The classification this detector suggests. */
    String classification();
}
