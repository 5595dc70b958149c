package org.steward.model.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link SearchHit} from a hit's stored entry: which field matched best, its text and the highlights. */
final class HitFactory {

    static final int SNIPPET_LENGTH = 160;
    private final MatchHighlighter highlighter;
    private final boolean blank;

    HitFactory(List<String> queryTokens) {
        this.highlighter = new MatchHighlighter(queryTokens);
        this.blank = queryTokens.isEmpty();
    }

    SearchHit hit(IndexedEntry entry, float score) {
        if (blank) {
            return new SearchHit(entry.entity(), score, null, null, Map.of(), entry.classifications(), entry.parentName());
        }
        Map<SearchField, List<TextSpan>> highlights = new EnumMap<>(SearchField.class);
        List<TextSpan> nameSpans = highlighter.spans(entry.entity().name());
        if (!nameSpans.isEmpty()) {
            highlights.put(SearchField.NAME, nameSpans);
        }
        for (SearchField field : SearchField.values()) {
            String best = bestText(entry.texts(field));
            if (best == null) {
                continue;
            }
            if (field == SearchField.DESCRIPTION) {
                MatchHighlighter.Snippet snippet = highlighter.snippet(best, SNIPPET_LENGTH);
                highlights.put(field, snippet.spans());
                return new SearchHit(entry.entity(), score, field, snippet.text(), highlights, entry.classifications(), entry.parentName());
            }
            highlights.put(field, highlighter.spans(best));
            return new SearchHit(entry.entity(), score, field, best, highlights, entry.classifications(), entry.parentName());
        }
        return new SearchHit(entry.entity(), score, null, null, highlights, entry.classifications(), entry.parentName());
    }

    private String bestText(List<String> texts) {
        String best = null;
        int bestCount = 0;
        for (String text : texts) {
            int count = highlighter.matchCount(text);
            if (count > bestCount) {
                best = text;
                bestCount = count;
            }
        }
        return best;
    }
}
