package org.steward.model.policy;

import java.util.List;

/** A rule file that does not hold together; each problem names the rule (by position and id) it is about. */
public final class InvalidRulesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public InvalidRulesException(String source, List<String> problems) {
        super("invalid rules in " + source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
