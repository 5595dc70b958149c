package org.steward.model.change;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A classification label put on an entity or column by hand (or by accepting a suggestion).
 *
 * @param propagate   whether the label flows downstream along lineage (Apache Atlas' per-assignment flag)
 * @param attributes  the classification's attributes, e.g. {@code jurisdiction=EU}; sorted for stable storage
 * @param validFrom   first day the label applies, {@code null} for open
 * @param validTo     last day the label applies, {@code null} for open
 * @param comment     why the steward labelled it, shown to the reviewer
 */
public record ClassificationAdded(long entityId, String classification, boolean propagate,
                                  Map<String, String> attributes, LocalDate validFrom, LocalDate validTo,
                                  String comment) implements Change {

    public ClassificationAdded {
        if (classification == null || classification.isBlank() || classification.contains("\n")) {
            throw new IllegalArgumentException("a classification needs a one-line name");
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(new TreeMap<>(attributes));
        comment = comment == null ? "" : comment;
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("a classification cannot end (" + validTo + ") before it starts ("
                    + validFrom + ")");
        }
    }

    public ClassificationAdded(long entityId, String classification) {
        this(entityId, classification, true, Map.of(), null, null, "");
    }

    /** Whether the label's validity ended before {@code day}: it then stays on its entity but propagates nothing. */
    public boolean endedBefore(LocalDate day) {
        return validTo != null && validTo.isBefore(day);
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.CLASSIFICATION_ADDED;
    }

    @Override
    public String summary() {
        return "classification added: " + classification + (propagate ? "" : " (not propagated)")
                + (comment.isEmpty() ? "" : " — " + ChangeText.quote(comment));
    }
}
