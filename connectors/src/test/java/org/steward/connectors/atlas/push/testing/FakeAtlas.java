package org.steward.connectors.atlas.push.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A WireMock response transformer that plays a small, stateful Apache Atlas: entities with attributes,
 * classifications, glossary meanings and process inputs/outputs, changed by the same v2 REST calls the push makes
 * and read back by the bulk reads. Stubs opt in with {@code withTransformers(FakeAtlas.NAME)}, so tests can put
 * failing stubs (429, 500, delays) in front of it.
 */
public final class FakeAtlas implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "fake-atlas";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String V2 = "/api/atlas/v2";

    private final Map<String, ObjectNode> byGuid = new LinkedHashMap<>();
    private long clock = 1_700_000_000_000L;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** Adds an entity; returns its guid. */
    public synchronized String add(String typeName, String qualifiedName, Map<String, Object> attributes) {
        String guid = UUID.nameUUIDFromBytes(qualifiedName.getBytes(StandardCharsets.UTF_8)).toString();
        ObjectNode entity = JSON.createObjectNode().put("typeName", typeName).put("guid", guid)
                .put("status", "ACTIVE").put("version", 0).put("updateTime", clock);
        ObjectNode attrs = entity.putObject("attributes");
        attrs.put("qualifiedName", qualifiedName);
        attrs.put("name", qualifiedName.replaceAll(".*[.@]", ""));
        attributes.forEach((k, v) -> attrs.set(k, JSON.valueToTree(v)));
        entity.putArray("classifications");
        entity.putObject("relationshipAttributes").putArray("meanings");
        byGuid.put(guid, entity);
        return guid;
    }

    /** Adds an entity from an Atlas response body ({@code {"entity": …}}), e.g. a recorded one. */
    public synchronized String add(JsonNode entityWithExtInfo) {
        ObjectNode entity = entityWithExtInfo.path("entity").deepCopy();
        if (!entity.has("classifications")) {
            entity.putArray("classifications");
        }
        byGuid.put(entity.path("guid").asText(), entity);
        return entity.path("guid").asText();
    }

    public synchronized ObjectNode entity(String guid) {
        return byGuid.get(guid).deepCopy();
    }

    public synchronized List<String> classifications(String guid) {
        List<String> names = new ArrayList<>();
        byGuid.get(guid).path("classifications").forEach(c -> names.add(c.path("typeName").asText()));
        return names;
    }

    public synchronized ObjectNode byQualifiedName(String qualifiedName) {
        return byGuid.values().stream().filter(e -> qualifiedName.equals(e.path("attributes").path("qualifiedName")
                .asText())).findFirst().map(ObjectNode::deepCopy).orElse(null);
    }

    /** Changes an attribute as someone else would on Atlas, bumping version and update time. */
    public synchronized void changeElsewhere(String guid, String attribute, String value) {
        ObjectNode entity = byGuid.get(guid);
        ((ObjectNode) entity.path("attributes")).put(attribute, value);
        touch(entity);
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String url = request.getUrl();
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        Map<String, List<String>> query = query(url);
        String method = request.getMethod().getName();
        Answer answer;
        try {
            answer = handle(method, path, query, request.getBodyAsString());
        } catch (IOException | RuntimeException e) {
            answer = error(400, "ATLAS-400-00-029", "bad request: " + e.getMessage());
        }
        return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition()).but()
                .withStatus(answer.status()).withHeader("Content-Type", "application/json")
                .withBody(answer.body()).build();
    }

    private record Answer(int status, String body) {
    }

    private Answer handle(String method, String path, Map<String, List<String>> query, String body)
            throws IOException {
        if (method.equals("GET") && path.equals(V2 + "/entity/bulk")) {
            ArrayNode entities = JSON.createArrayNode();
            query.getOrDefault("guid", List.of()).forEach(guid -> {
                if (byGuid.containsKey(guid)) {
                    entities.add(byGuid.get(guid));
                }
            });
            return entities(entities);
        }
        if (method.equals("GET") && path.startsWith(V2 + "/entity/bulk/uniqueAttribute/type/")) {
            ArrayNode entities = JSON.createArrayNode();
            query.forEach((key, values) -> {
                if (key.startsWith("attr_") && key.endsWith(":qualifiedName")) {
                    ObjectNode found = byQualifiedNameLive(values.get(0));
                    if (found != null) {
                        entities.add(found);
                    }
                }
            });
            return entities.isEmpty() ? error(404, "ATLAS-404-00-009", "no such instances") : entities(entities);
        }
        if (method.equals("POST") && path.equals(V2 + "/entity/bulk/classification")) {
            JsonNode request = JSON.readTree(body);
            JsonNode classification = request.path("classification");
            for (JsonNode guid : request.path("entityGuids")) {
                ObjectNode entity = live(guid.asText());
                if (entity == null) {
                    return error(404, "ATLAS-404-00-005", "Given instance guid " + guid.asText()
                            + " is invalid/not found");
                }
                if (has(entity, classification.path("typeName").asText())) {
                    return error(400, "ATLAS-400-00-01B", "instance " + guid.asText()
                            + " already is associated with classification " + classification.path("typeName").asText());
                }
            }
            for (JsonNode guid : request.path("entityGuids")) {
                ObjectNode entity = byGuid.get(guid.asText());
                ((ArrayNode) entity.path("classifications")).add(withOrigin(classification, guid.asText()));
                touch(entity);
            }
            return new Answer(204, "");
        }
        String entityPrefix = V2 + "/entity/guid/";
        if (path.startsWith(entityPrefix)) {
            String[] parts = path.substring(entityPrefix.length()).split("/");
            String guid = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            ObjectNode entity = live(guid);
            if (entity == null) {
                return error(404, "ATLAS-404-00-005", "Given instance guid " + guid + " is invalid/not found");
            }
            if (parts.length == 1 && method.equals("PUT") && query.containsKey("name")) {
                ((ObjectNode) entity.path("attributes")).set(query.get("name").get(0), JSON.readTree(body));
                touch(entity);
                return new Answer(200, "{\"mutatedEntities\":{\"PARTIAL_UPDATE\":[{\"guid\":\"" + guid + "\"}]}}");
            }
            if (parts.length == 1 && method.equals("DELETE")) {
                entity.put("status", "DELETED");
                touch(entity);
                return new Answer(200, "{\"mutatedEntities\":{\"DELETE\":[{\"guid\":\"" + guid + "\"}]}}");
            }
            if (parts.length == 2 && parts[1].equals("classifications")) {
                for (JsonNode classification : JSON.readTree(body)) {
                    String name = classification.path("typeName").asText();
                    if (method.equals("POST") && has(entity, name)) {
                        return error(400, "ATLAS-400-00-01B", "instance " + guid
                                + " already is associated with classification " + name);
                    }
                    if (method.equals("PUT") && !has(entity, name)) {
                        return error(400, "ATLAS-400-00-06D", "Classification " + name
                                + " is not associated with entity");
                    }
                    remove(entity, name);
                    ((ArrayNode) entity.path("classifications")).add(withOrigin(classification, guid));
                }
                touch(entity);
                return new Answer(204, "");
            }
            if (parts.length == 3 && parts[1].equals("classification") && method.equals("DELETE")) {
                String name = URLDecoder.decode(parts[2], StandardCharsets.UTF_8);
                if (!has(entity, name)) {
                    return error(400, "ATLAS-400-00-06D", "Classification " + name + " is not associated with entity");
                }
                remove(entity, name);
                touch(entity);
                return new Answer(204, "");
            }
        }
        String termPrefix = V2 + "/glossary/terms/";
        if (path.startsWith(termPrefix) && path.endsWith("/assignedEntities")) {
            String term = path.substring(termPrefix.length(), path.length() - "/assignedEntities".length());
            ObjectNode termEntity = live(term);
            if (termEntity == null) {
                return error(404, "ATLAS-404-00-005", "Given instance guid " + term + " is invalid/not found");
            }
            for (JsonNode header : JSON.readTree(body)) {
                ObjectNode entity = live(header.path("guid").asText());
                ArrayNode meanings = (ArrayNode) entity.path("relationshipAttributes").path("meanings");
                if (method.equals("POST")) {
                    meanings.addObject().put("guid", term).put("typeName", "AtlasGlossaryTerm")
                            .put("relationshipGuid", UUID.randomUUID().toString())
                            .put("displayText", termEntity.path("attributes").path("name").asText())
                            .put("relationshipStatus", "ACTIVE");
                } else {
                    for (int i = meanings.size() - 1; i >= 0; i--) {
                        if (meanings.get(i).path("guid").asText().equals(term)) {
                            meanings.remove(i);
                        }
                    }
                }
                touch(entity);
            }
            return new Answer(204, "");
        }
        if (method.equals("POST") && path.equals(V2 + "/entity/bulk")) {
            ArrayNode created = JSON.createArrayNode();
            for (JsonNode written : JSON.readTree(body).path("entities")) {
                String qualifiedName = written.path("attributes").path("qualifiedName").asText();
                ObjectNode entity = byQualifiedNameLive(qualifiedName);
                if (entity == null) {
                    String guid = add(written.path("typeName").asText(), qualifiedName, Map.of());
                    entity = byGuid.get(guid);
                }
                ObjectNode attributes = (ObjectNode) entity.path("attributes");
                for (String side : List.of("inputs", "outputs")) {
                    ArrayNode refs = attributes.putArray(side);
                    for (JsonNode ref : written.path("attributes").path(side)) {
                        String guid = ref.has("guid") ? ref.path("guid").asText()
                                : byQualifiedNameLive(ref.path("uniqueAttributes").path("qualifiedName").asText())
                                .path("guid").asText();
                        refs.addObject().put("guid", guid);
                    }
                }
                attributes.put("name", written.path("attributes").path("name").asText());
                touch(entity);
                created.addObject().put("guid", entity.path("guid").asText());
            }
            return new Answer(200, "{\"mutatedEntities\":{\"CREATE\":" + created + "}}");
        }
        return error(404, "ATLAS-404-00-000", "no such endpoint in the fake Atlas: " + method + " " + path);
    }

    private ObjectNode live(String guid) {
        ObjectNode entity = byGuid.get(guid);
        return entity == null || "DELETED".equals(entity.path("status").asText()) ? null : entity;
    }

    private ObjectNode byQualifiedNameLive(String qualifiedName) {
        return byGuid.values().stream().filter(e -> !"DELETED".equals(e.path("status").asText()))
                .filter(e -> qualifiedName.equals(e.path("attributes").path("qualifiedName").asText()))
                .findFirst().orElse(null);
    }

    private static boolean has(ObjectNode entity, String classification) {
        for (JsonNode c : entity.path("classifications")) {
            if (c.path("typeName").asText().equals(classification)) {
                return true;
            }
        }
        return false;
    }

    private static void remove(ObjectNode entity, String classification) {
        ArrayNode list = (ArrayNode) entity.path("classifications");
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).path("typeName").asText().equals(classification)) {
                list.remove(i);
            }
        }
    }

    private static ObjectNode withOrigin(JsonNode classification, String guid) {
        ObjectNode copy = classification.deepCopy();
        copy.put("entityGuid", guid);
        return copy;
    }

    private void touch(ObjectNode entity) {
        clock += 1000;
        entity.put("version", entity.path("version").asLong() + 1).put("updateTime", clock);
    }

    private static Answer entities(ArrayNode entities) {
        ObjectNode body = JSON.createObjectNode();
        body.set("entities", entities);
        body.putObject("referredEntities");
        return new Answer(200, body.toString());
    }

    private static Answer error(int status, String code, String message) {
        return new Answer(status, JSON.createObjectNode().put("errorCode", code).put("errorMessage", message)
                .toString());
    }

    private static Map<String, List<String>> query(String url) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        int at = url.indexOf('?');
        if (at < 0) {
            return query;
        }
        for (String pair : url.substring(at + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return query;
    }
}
