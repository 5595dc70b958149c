package org.steward.views.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts (longest common subsequence over words and the whitespace between them), so a
 * reviewer sees exactly which words of a description changed. Texts that share less than a third of their words,
 * or are very long, come back as one removed and one added run: a rewrite reads better whole.
 */
public final class WordDiff {
    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");
    private static final int MAX_TOKENS = 4_000;

    private WordDiff() {
    }

    public static List<DiffSegment> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<DiffSegment> segments = new ArrayList<>();
        if ((long) a.size() * b.size() > (long) MAX_TOKENS * MAX_TOKENS / 4) {
            add(segments, DiffSegment.Kind.REMOVED, before);
            add(segments, DiffSegment.Kind.ADDED, after);
            return segments;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                add(segments, DiffSegment.Kind.SAME, a.get(i++));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                add(segments, DiffSegment.Kind.REMOVED, a.get(i++));
            } else {
                add(segments, DiffSegment.Kind.ADDED, b.get(j++));
            }
        }
        while (i < a.size()) {
            add(segments, DiffSegment.Kind.REMOVED, a.get(i++));
        }
        while (j < b.size()) {
            add(segments, DiffSegment.Kind.ADDED, b.get(j++));
        }
        long kept = segments.stream().filter(segment -> segment.kind() == DiffSegment.Kind.SAME)
                .mapToLong(segment -> words(segment.text())).sum();
        if (kept * 3 < words(before) && kept * 3 < words(after)) {
            segments.clear();
            add(segments, DiffSegment.Kind.REMOVED, before);
            add(segments, DiffSegment.Kind.ADDED, after);
        }
        return segments;
    }

    private static long words(String text) {
        return tokens(text).stream().filter(token -> !token.isBlank()).count();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<DiffSegment> segments, DiffSegment.Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new DiffSegment(kind, segments.get(last).text() + text));
        } else {
            segments.add(new DiffSegment(kind, text));
        }
    }
}
