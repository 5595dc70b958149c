package org.steward.model.classification;

import java.util.List;

/** A taxonomy file or merge that does not hold together; each problem names the entry it is about. */
public final class InvalidTaxonomyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public InvalidTaxonomyException(String source, List<String> problems) {
        super("invalid taxonomy " + source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
