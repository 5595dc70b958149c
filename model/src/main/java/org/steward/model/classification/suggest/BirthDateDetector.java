package org.steward.model.classification.suggest;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that look like birth dates: every year gives an age between 14 and 110, and the years spread over at least
 * a decade (order, hire or event dates cluster in recent years). Supporting evidence by default: a column of old
 * dates is a birth date only when its name agrees.
 */
public record BirthDateDetector(int currentYear, double confidence) implements ValueDetector {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "^(0?[1-9]|[12]\\d|3[01])[./-](0?[1-9]|1[0-2])[./-](\\d{4})$");
    private static final Pattern MONTH_FIRST = Pattern.compile("^(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/(\\d{4})$");
    private static final int MIN_AGE = 14;
    private static final int MAX_AGE = 110;
    private static final int MIN_SPREAD_YEARS = 10;

    @Override
    public String classification() {
        return "PII.DateOfBirth";
    }

    @Override
    public Optional<Suggestion> detect(List<String> values) {
        if (values.size() < 3) {
            return Optional.empty();
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (String value : values) {
            OptionalInt year = year(value);
            if (year.isEmpty()) {
                return Optional.empty();
            }
            int age = currentYear - year.getAsInt();
            if (age < MIN_AGE || age > MAX_AGE) {
                return Optional.empty();
            }
            min = Math.min(min, year.getAsInt());
            max = Math.max(max, year.getAsInt());
        }
        if (values.size() >= 5 && max - min < MIN_SPREAD_YEARS) {
            return Optional.empty();
        }
        return Optional.of(new Suggestion(classification(), confidence, values.size()
                + " sample dates give ages " + (currentYear - max) + "–" + (currentYear - min)));
    }

    static OptionalInt year(String value) {
        Matcher iso = ISO.matcher(value);
        if (iso.matches()) {
            return OptionalInt.of(Integer.parseInt(iso.group(1)));
        }
        Matcher dayFirst = DAY_FIRST.matcher(value);
        if (dayFirst.matches()) {
            return OptionalInt.of(Integer.parseInt(dayFirst.group(3)));
        }
        Matcher monthFirst = MONTH_FIRST.matcher(value);
        return monthFirst.matches() ? OptionalInt.of(Integer.parseInt(monthFirst.group(3))) : OptionalInt.empty();
    }
}
