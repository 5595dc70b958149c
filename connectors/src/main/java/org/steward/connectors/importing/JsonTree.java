package org.steward.connectors.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bound JSON subtree (one event, one entity) that knows its path in the file, so that a structural error deep
 * inside can be reported with its exact JSON path and, through the {@link Locator}, its line and column.
 * Missing and {@code null} values count as absent; a present value of the wrong kind is an error.
 */
public record JsonTree(JsonNode node, String path, Locator locator) {

    /** Turns a path and a reason into an exception that names the file and position. */
    @FunctionalInterface
    public interface Locator {
        ImportException at(String path, String reason);
    }

    public boolean isPresent() {
        return !node.isMissingNode() && !node.isNull();
    }

    public boolean has(String field) {
        return get(field).isPresent();
    }

    public JsonTree get(String field) {
        JsonNode child = node.isObject() ? node.get(field) : null;
        return new JsonTree(child == null ? MissingNode.getInstance() : child, path + JsonPaths.field(field), locator);
    }

    /** The field as an object; empty when absent. */
    public JsonTree object(String field) {
        JsonTree child = get(field);
        if (child.isPresent() && !child.node.isObject()) {
            throw child.fail("expected an object, found " + kind(child.node));
        }
        return child;
    }

    /** The field's elements; empty when absent. */
    public List<JsonTree> array(String field) {
        JsonTree child = get(field);
        if (!child.isPresent()) {
            return List.of();
        }
        if (!child.node.isArray()) {
            throw child.fail("expected an array, found " + kind(child.node));
        }
        List<JsonTree> elements = new ArrayList<>(child.node.size());
        for (int i = 0; i < child.node.size(); i++) {
            elements.add(new JsonTree(child.node.get(i), child.path + "[" + i + "]", locator));
        }
        return elements;
    }

    /** The members of this object in document order; empty when absent. */
    public Map<String, JsonTree> members() {
        if (!isPresent()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw fail("expected an object, found " + kind(node));
        }
        Map<String, JsonTree> members = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            members.put(entry.getKey(), new JsonTree(entry.getValue(), path + JsonPaths.field(entry.getKey()),
                    locator));
        }
        return members;
    }

    /** A string field; absent gives empty, another kind of value is an error. */
    public Optional<String> text(String field) {
        JsonTree child = get(field);
        if (!child.isPresent()) {
            return Optional.empty();
        }
        if (!child.node.isTextual()) {
            throw child.fail("expected a string, found " + kind(child.node));
        }
        return Optional.of(child.node.asText());
    }

    public String text(String field, String fallback) {
        return text(field).orElse(fallback);
    }

    /** A string field that must be there. */
    public String requiredText(String field) {
        return text(field).orElseThrow(() -> get(field).fail("missing required string '" + field + "'"));
    }

    /** Any scalar as text (strings, numbers, booleans); absent gives empty, objects and arrays are errors. */
    public Optional<String> scalar(String field) {
        JsonTree child = get(field);
        if (!child.isPresent()) {
            return Optional.empty();
        }
        if (child.node.isContainerNode()) {
            throw child.fail("expected a string or number, found " + kind(child.node));
        }
        return Optional.of(child.node.asText());
    }

    public ImportException fail(String reason) {
        return locator.at(path, reason);
    }

    public static String kind(JsonNode value) {
        switch (value.getNodeType()) {
            case STRING: return "a string";
            case NUMBER: return "a number";
            case BOOLEAN: return "a boolean";
            case OBJECT: return "an object";
            case ARRAY: return "an array";
            case NULL: return "null";
            default: return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
