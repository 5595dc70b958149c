package org.steward.connectors.importing;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;

/** JSONPath-style text ({@code $.outputs[0].name}) for a position of a streaming parser. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The path of the value the context is positioned at; the root context yields {@code $}. */
    static String of(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push(field(c.getCurrentName()));
            }
        }
        StringBuilder path = new StringBuilder("$");
        parts.forEach(path::append);
        return path.toString();
    }

    static String field(String name) {
        boolean plain = !name.isEmpty();
        for (int i = 0; i < name.length() && plain; i++) {
            char ch = name.charAt(i);
            plain = Character.isLetterOrDigit(ch) || ch == '_';
        }
        return plain ? "." + name : "['" + name.replace("'", "\\'") + "']";
    }
}
