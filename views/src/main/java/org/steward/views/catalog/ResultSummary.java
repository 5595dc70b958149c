package org.steward.views.catalog;

import java.text.NumberFormat;
import java.util.Locale;
import org.steward.model.search.SearchResults;

/** The one-line result count above the table, e.g. "1,234 matches in 3 ms · showing first 500". */
final class ResultSummary {

    private ResultSummary() {
    }

    static String of(SearchResults results) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.US);
        long total = results.totalMatches();
        String text = (total == 0 ? "No" : numbers.format(total)) + (total == 1 ? " match" : " matches") + " in "
                + millis(results.millis());
        if (results.truncated()) {
            text += " · showing first " + numbers.format(results.hits().size());
        }
        return text;
    }

    private static String millis(double millis) {
        return millis < 1 ? "<1 ms" : Math.round(millis) + " ms";
    }
}
