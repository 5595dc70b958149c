package org.steward.connectors.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bound JSON subtree (one event, one entity) that knows its path in the file, so that a structural error deep
 * inside can be reported with its exact JSON path and, through the {@link Locator}, its line and column.
 * Missing and {@code null} values count as absent; a present value of the wrong kind is an error. The path text is
 * only built when an error needs it.
 */
public final class JsonTree {
    private final JsonNode node;
    private final JsonTree parent;
    private final String segment;
    private final int index;
    private final Locator locator;

    /** A tree bound at {@code path} (e.g. {@code $} or {@code $[3]}) of the file. */
    public JsonTree(JsonNode node, String path, Locator locator) {
        this(node, null, path, -1, locator);
    }

    private JsonTree(JsonNode node, JsonTree parent, String segment, int index, Locator locator) {
        this.node = node;
        this.parent = parent;
        this.segment = segment;
        this.index = index;
        this.locator = locator;
    }

    public JsonNode node() {
        return node;
    }

    public Locator locator() {
        return locator;
    }

    /** The JSON path of this value in the file, e.g. {@code $.outputs[0].facets.schema}. */
    public String path() {
        if (parent == null) {
            return segment;
        }
        return parent.path() + (segment == null ? "[" + index + "]" : JsonPaths.field(segment));
    }

    /** Turns a path and a reason into an exception that names the file and position. */
    @FunctionalInterface
    public interface Locator {
        ImportException at(String path, String reason);
    }

    /** An object with no members, or an absent value. */
    public boolean isEmpty() {
        return node.size() == 0;
    }

    public boolean isPresent() {
        return !node.isMissingNode() && !node.isNull();
    }

    public boolean has(String field) {
        return get(field).isPresent();
    }

    public JsonTree get(String field) {
        JsonNode child = node.isObject() ? node.get(field) : null;
        return new JsonTree(child == null ? MissingNode.getInstance() : child, this, field, -1, locator);
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
            elements.add(new JsonTree(child.node.get(i), child, null, i, locator));
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
            members.put(entry.getKey(), new JsonTree(entry.getValue(), this, entry.getKey(), -1, locator));
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
        return locator.at(path(), reason);
    }

    public static String kind(JsonNode value) {
        switch (value.getNodeType()) {
            case STRING: return "a string";
            case NUMBER: return "a number";
            case BOOLEAN: return "a boolean";
            case OBJECT: return "an object";
            case ARRAY: return "an array";
            case NULL: return "null";
            default: return value.getNodeType().name().toLowerCase(Locale.ROOT);
        }
    }
}
