package org.steward.model.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;

/** A direct label's attribute values as the JSON object stored in {@code classification_assignment.attributes}. */
final class LabelAttributes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };

    private LabelAttributes() {
    }

    static String encode(Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return "";
        }
        try {
            return JSON.writeValueAsString(new TreeMap<>(attributes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("label attributes cannot be written as JSON", e);
        }
    }

    /** The stored attributes; empty for an empty column or one this version cannot read. */
    static Map<String, String> decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(stored, MAP);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
