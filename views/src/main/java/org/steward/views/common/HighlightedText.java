package org.steward.views.common;

import java.util.Comparator;
import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.steward.model.search.TextSpan;

/** Renders text with its matched spans styled {@code .search-highlight}. */
public final class HighlightedText {

    private HighlightedText() {
    }

    public static TextFlow of(String text, List<TextSpan> spans, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("highlighted-text");
        flow.setMinHeight(Region.USE_PREF_SIZE);
        flow.setMaxHeight(Region.USE_PREF_SIZE);
        int at = 0;
        for (TextSpan span : spans.stream().sorted(Comparator.comparingInt(TextSpan::start)).toList()) {
            int start = Math.max(at, Math.min(span.start(), text.length()));
            int end = Math.min(span.end(), text.length());
            if (start > at) {
                flow.getChildren().add(text(text.substring(at, start), styleClass));
            }
            if (end > start) {
                Text match = text(text.substring(start, end), styleClass);
                match.getStyleClass().add("search-highlight");
                flow.getChildren().add(match);
                at = end;
            }
        }
        if (at < text.length() || flow.getChildren().isEmpty()) {
            flow.getChildren().add(text(text.substring(at), styleClass));
        }
        return flow;
    }

    private static Text text(String value, String styleClass) {
        Text text = new Text(value);
        text.getStyleClass().add(styleClass);
        return text;
    }
}
