package org.steward.model.masking;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value shape and what it generalises to: {@code pattern} matches the whole value (anchored), {@code replacement}
 * names its groups as {@code {1}}. Patterns use only what Java, PostgreSQL and Snowflake regular expressions read
 * alike (bracket classes, counts, groups; no backslashes), so one list drives the preview and both SQL dialects.
 */
public record ShapeRule(String pattern, String replacement) {

    public ShapeRule {
        if (!pattern.startsWith("^") || !pattern.endsWith("$") || pattern.contains("\\")) {
            throw new IllegalArgumentException("a shape is anchored and has no backslashes: " + pattern);
        }
    }

    boolean matches(String value) {
        return compiled().matcher(value).matches();
    }

    String apply(String value) {
        Matcher matcher = compiled().matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(value + " does not have the shape " + pattern);
        }
        return matcher.replaceFirst(replacement.replaceAll("\\{(\\d)}", "\\$$1"));
    }

    /** The replacement with back-references written as {@code prefix} and the group number, e.g. {@code \1}. */
    public String replacementWith(String prefix) {
        return replacement.replaceAll("\\{(\\d)}", Matcher.quoteReplacement(prefix) + "$1");
    }

    private Pattern compiled() {
        return Pattern.compile(pattern);
    }
}
