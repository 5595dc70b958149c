package org.steward.model.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where query tokens occur in a field's original text. A text token matches when it starts with a query
 * token (case- and accent-insensitively, after the same splitting the index uses), and the span covers the matched
 * prefix: "emai" highlights {@code [9, 13)} of {@code customer_email}.
 */
public final class MatchHighlighter {

    /** A cut of a longer text and the spans within it. */
    public record Snippet(String text, List<TextSpan> spans) {

        public Snippet {
            spans = List.copyOf(spans);
        }
    }

    private static final String ELLIPSIS = "…";
    private final List<String> queryTokens;

    public MatchHighlighter(List<String> normalizedQueryTokens) {
        this.queryTokens = List.copyOf(normalizedQueryTokens);
    }

    public static MatchHighlighter forQuery(String queryText) {
        return new MatchHighlighter(TextTokens.terms(queryText == null ? "" : queryText));
    }

    public List<TextSpan> spans(String text) {
        List<TextSpan> spans = new ArrayList<>();
        if (text == null || queryTokens.isEmpty()) {
            return spans;
        }
        for (TextTokens.Token token : TextTokens.split(text)) {
            int longest = 0;
            for (String query : queryTokens) {
                if (token.text().startsWith(query)) {
                    longest = Math.max(longest, query.length());
                }
            }
            if (longest > 0) {
                add(spans, new TextSpan(token.start(), originalEnd(text, token.start(), token.end(), longest)));
            }
        }
        return spans;
    }

    /** How many distinct query tokens occur in the text. */
    public int matchCount(String text) {
        if (text == null) {
            return 0;
        }
        List<String> terms = TextTokens.terms(text);
        int count = 0;
        for (String query : queryTokens) {
            if (terms.stream().anyMatch(term -> term.startsWith(query))) {
                count++;
            }
        }
        return count;
    }

    /** At most {@code maxLength} characters around the first match, marked with "…" where cut. */
    public Snippet snippet(String text, int maxLength) {
        List<TextSpan> spans = spans(text);
        if (text.length() <= maxLength) {
            return new Snippet(text, spans);
        }
        int first = spans.isEmpty() ? 0 : spans.get(0).start();
        int start = Math.max(0, first - maxLength / 4);
        int end = Math.min(text.length(), start + maxLength);
        start = Math.max(0, end - maxLength);
        String prefix = start > 0 ? ELLIPSIS : "";
        if (start > 0) {
            start++;
        }
        String suffix = end < text.length() ? ELLIPSIS : "";
        if (end < text.length()) {
            end--;
        }
        String cut = prefix + text.substring(start, end) + suffix;
        int shift = prefix.length() - start;
        List<TextSpan> inside = new ArrayList<>();
        for (TextSpan span : spans) {
            int s = Math.max(span.start(), start);
            int e = Math.min(span.end(), end);
            if (s < e) {
                inside.add(new TextSpan(s + shift, e + shift));
            }
        }
        return new Snippet(cut, inside);
    }

    private static int originalEnd(String text, int start, int end, int normalizedLength) {
        StringBuilder normalized = new StringBuilder();
        int i = start;
        while (i < end && normalized.length() < normalizedLength) {
            TextTokens.appendNormalized(text.charAt(i), normalized);
            i++;
        }
        return i;
    }

    private static void add(List<TextSpan> spans, TextSpan span) {
        int last = spans.size() - 1;
        if (last >= 0 && spans.get(last).end() >= span.start()) {
            TextSpan previous = spans.remove(last);
            spans.add(new TextSpan(previous.start(), Math.max(previous.end(), span.end())));
        } else {
            spans.add(span);
        }
    }
}
