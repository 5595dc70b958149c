package org.steward.model.policy;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.format.DateTimeParseException;

/** Retention periods: parsing as rule files and attributes write them, comparing and saying them in words. */
public final class Periods {

    private Periods() {
    }

    /** Approximate length in days (a year is 365 days, a month 30), enough to compare retention periods. */
    public static long days(Period period) {
        return period.getYears() * 365L + period.getMonths() * 30L + period.getDays();
    }

    public static boolean longer(Period a, Period b) {
        return days(a) > days(b);
    }

    /** An ISO-8601 period ({@code P6Y}) or a whole number of days ({@code 400}); empty when neither or not positive. */
    public static Optional<Period> parse(String text, boolean days) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            Period period = days && value.chars().allMatch(Character::isDigit)
                    ? Period.ofDays(Integer.parseInt(value)) : Period.parse(value.toUpperCase(java.util.Locale.ROOT));
            return period.isNegative() || period.isZero() ? Optional.empty() : Optional.of(period);
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code P1Y6M} as "1 year 6 months", {@code P400D} as "400 days". */
    public static String describe(Period period) {
        List<String> parts = new ArrayList<>();
        part(parts, period.getYears(), "year");
        part(parts, period.getMonths(), "month");
        part(parts, period.getDays(), "day");
        return parts.isEmpty() ? "0 days" : String.join(" ", parts);
    }

    private static void part(List<String> parts, int amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }
}
