package org.steward.model.classification.suggest;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Combines what a column's name and its sample values say into ranked suggestions at or above a threshold.
 * Evidence for the same classification from name and values adds up as independent evidence
 * ({@code 1 - (1-a)(1-b)}); a name pointing at a strict format (e-mail, card, IBAN, IP) is dropped when three or
 * more sample values are there and almost none has that format ({@code card_number} holding loyalty-card numbers).
 */
public final class ColumnClassifier {

    public static final double DEFAULT_THRESHOLD = 0.6;
    private static final Set<String> STRICT_FORMATS = Set.of(
            "PII.Email", "Financial.CardNumber", "Financial.IBAN", "PII.IPAddress");
    private static final int MIN_VALUES_TO_CONTRADICT = 3;
    private static final double CONTRADICTED_BELOW = 0.2;

    private final NameDetector names;
    private final List<ValueDetector> values;
    private final double threshold;

    public ColumnClassifier(NameDetector names, List<ValueDetector> values, double threshold) {
        this.names = names;
        this.values = List.copyOf(values);
        this.threshold = threshold;
    }

    /** The standard detectors at the default threshold, judging birth dates against the current year. */
    public static ColumnClassifier standard() {
        return withThreshold(DEFAULT_THRESHOLD);
    }

    public static ColumnClassifier withThreshold(double threshold) {
        return new ColumnClassifier(new NameDetector(), ValueFormats.standard(Year.now().getValue()), threshold);
    }

    public double threshold() {
        return threshold;
    }

    /** Suggestions at or above the threshold, most confident first. */
    public List<Suggestion> suggest(String columnName, List<String> sampleValues) {
        List<String> samples = new ArrayList<>();
        for (String sample : sampleValues == null ? List.<String>of() : sampleValues) {
            if (sample != null && !sample.isBlank()) {
                samples.add(sample.strip());
            }
        }
        Map<String, Suggestion> combined = new LinkedHashMap<>();
        Optional<Suggestion> byName = names.detect(columnName == null ? "" : columnName);
        byName.filter(s -> !contradicted(s, samples)).ifPresent(s -> combined.put(s.classification(), s));
        for (ValueDetector detector : values) {
            detector.detect(samples).ifPresent(found -> combined.merge(found.classification(), found,
                    ColumnClassifier::combine));
        }
        return combined.values().stream().filter(s -> s.confidence() >= threshold)
                .sorted(Comparator.comparingDouble(Suggestion::confidence).reversed()).toList();
    }

    /** The best suggestion, if any reaches the threshold. */
    public Optional<Suggestion> best(String columnName, List<String> sampleValues) {
        return suggest(columnName, sampleValues).stream().findFirst();
    }

    private boolean contradicted(Suggestion byName, List<String> samples) {
        if (!STRICT_FORMATS.contains(byName.classification()) || samples.size() < MIN_VALUES_TO_CONTRADICT) {
            return false;
        }
        return values.stream().filter(FormatDetector.class::isInstance).map(FormatDetector.class::cast)
                .filter(d -> d.classification().equals(byName.classification()))
                .allMatch(d -> d.share(samples) < CONTRADICTED_BELOW);
    }

    private static Suggestion combine(Suggestion a, Suggestion b) {
        double confidence = 1 - (1 - a.confidence()) * (1 - b.confidence());
        return new Suggestion(a.classification(), confidence, a.evidence() + "; " + b.evidence());
    }
}
