package org.steward.model.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Classification changes as one JSON object each, since they carry attributes and free text. */
final class ClassificationCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClassificationCodec() {
    }

    static String encodeAdded(ClassificationAdded added) {
        ObjectNode node = JSON.createObjectNode();
        node.put("classification", added.classification());
        node.put("propagate", added.propagate());
        ObjectNode attributes = node.putObject("attributes");
        new java.util.TreeMap<>(added.attributes()).forEach(attributes::put);
        if (added.validFrom() != null) {
            node.put("validFrom", added.validFrom().toString());
        }
        if (added.validTo() != null) {
            node.put("validTo", added.validTo().toString());
        }
        node.put("comment", added.comment());
        return write(node);
    }

    static String encodeRemoved(ClassificationRemoved removed) {
        ObjectNode node = JSON.createObjectNode();
        node.put("classification", removed.classification());
        node.put("comment", removed.comment());
        return write(node);
    }

    static ClassificationAdded decodeAdded(long entityId, String stored) {
        JsonNode node = read(stored);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("attributes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            attributes.put(field.getKey(), field.getValue().asText());
        }
        return new ClassificationAdded(entityId, node.path("classification").asText(),
                node.path("propagate").asBoolean(true), attributes, date(node, "validFrom"), date(node, "validTo"),
                node.path("comment").asText(""));
    }

    static ClassificationRemoved decodeRemoved(long entityId, String stored) {
        JsonNode node = read(stored);
        return new ClassificationRemoved(entityId, node.path("classification").asText(),
                node.path("comment").asText(""));
    }

    private static LocalDate date(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String stored) {
        try {
            return JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a stored classification change is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
