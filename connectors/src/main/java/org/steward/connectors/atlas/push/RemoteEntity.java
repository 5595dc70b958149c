package org.steward.connectors.atlas.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An entity as Atlas holds it now, reduced to what a push compares against. */
record RemoteEntity(String guid, String typeName, String qualifiedName, String status, Long version,
                    Long updateTime, JsonNode attributes, List<JsonNode> classifications, List<Meaning> meanings,
                    Set<String> inputs, Set<String> outputs, boolean process) {

    /** A glossary term assigned to the entity, with the relationship that assigns it. */
    record Meaning(String termGuid, String relationshipGuid, String displayText) {
    }

    static RemoteEntity parse(JsonNode entity) {
        JsonNode attributes = entity.path("attributes");
        JsonNode relations = entity.path("relationshipAttributes");
        String guid = entity.path("guid").asText("");
        List<JsonNode> classifications = new ArrayList<>();
        for (JsonNode classification : entity.path("classifications")) {
            String origin = classification.path("entityGuid").asText("");
            if (origin.isEmpty() || origin.equals(guid)) {
                classifications.add(classification);
            }
        }
        List<Meaning> meanings = new ArrayList<>();
        for (JsonNode meaning : relations.path("meanings")) {
            String status = meaning.path("relationshipStatus").asText("ACTIVE");
            if (!"DELETED".equals(status)) {
                meanings.add(new Meaning(meaning.path("guid").asText(""),
                        meaning.path("relationshipGuid").asText(""), meaning.path("displayText").asText("")));
            }
        }
        boolean process = attributes.has("inputs") || attributes.has("outputs") || relations.has("inputs")
                || relations.has("outputs");
        return new RemoteEntity(guid, entity.path("typeName").asText(""), attributes.path("qualifiedName").asText(""),
                entity.path("status").asText("ACTIVE"), number(entity.path("version")),
                number(entity.path("updateTime")), attributes, classifications, meanings,
                guids(attributes.path("inputs"), relations.path("inputs")),
                guids(attributes.path("outputs"), relations.path("outputs")), process);
    }

    boolean deleted() {
        return "DELETED".equals(status);
    }

    String text(String attribute) {
        JsonNode value = attributes.path(attribute);
        return value.isMissingNode() || value.isNull() ? "" : value.asText("");
    }

    Optional<JsonNode> classification(String typeName) {
        return classifications.stream().filter(c -> typeName.equals(c.path("typeName").asText()))
                .findFirst();
    }

    private static Set<String> guids(JsonNode... lists) {
        Set<String> guids = new LinkedHashSet<>();
        for (JsonNode list : lists) {
            for (JsonNode ref : list) {
                if (!"DELETED".equals(ref.path("relationshipStatus").asText("ACTIVE")) && ref.hasNonNull("guid")) {
                    guids.add(ref.path("guid").asText());
                }
            }
        }
        return guids;
    }

    private static Long number(JsonNode node) {
        return node.isNumber() ? node.asLong() : null;
    }
}
