package org.steward.model.classification.suggest;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Values of one format: suggests {@code classification} when at least {@code minShare} of the values pass
 * {@code test}, with {@code confidence} scaled by the share. A confidence below the classifier's threshold makes
 * the detector supporting evidence only (a five-digit number is a ZIP code only when the name says so).
 */
public record FormatDetector(String classification, String kind, Predicate<String> test, double confidence,
                             double minShare) implements ValueDetector {

    @Override
    public Optional<Suggestion> detect(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        long matching = values.stream().filter(test).count();
        double share = share(values);
        if (matching == 0 || share < minShare) {
            return Optional.empty();
        }
        return Optional.of(new Suggestion(classification, confidence * share,
                matching + "/" + values.size() + " sample values are " + kind));
    }

    /** The share of values passing the test, 0 for none. */
    public double share(List<String> values) {
        return values.isEmpty() ? 0 : values.stream().filter(test).count() / (double) values.size();
    }
}
