package org.steward.model.search;

import java.util.List;
import java.util.Map;
import org.steward.model.catalog.Entity;

/**
 * One ranked result.
 *
 * @param matchedField  the best-weighted field the query matched ({@code null} for a blank query)
 * @param matchedText   that field's text, e.g. the matching column name or description
 * @param highlights    per field, the spans of its text that matched; {@code NAME} is always present when the
 *                      name matched, so a list can highlight the name column directly
 * @param classifications labels on the entity (and, for a dataset, on its columns), for badges
 * @param parentName      for a column, its dataset's name; otherwise empty
 */
public record SearchHit(
        Entity entity,
        float score,
        SearchField matchedField,
        String matchedText,
        Map<SearchField, List<TextSpan>> highlights,
        List<String> classifications,
        String parentName) {

    public SearchHit(Entity entity, float score, SearchField matchedField, String matchedText,
                     Map<SearchField, List<TextSpan>> highlights, List<String> classifications) {
        this(entity, score, matchedField, matchedText, highlights, classifications, "");
    }

    public SearchHit {
        parentName = parentName == null ? "" : parentName;
        highlights = Map.copyOf(highlights);
        classifications = List.copyOf(classifications);
    }

    public List<TextSpan> highlightsOf(SearchField field) {
        return highlights.getOrDefault(field, List.of());
    }
}
