package org.steward.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What {@code steward bench atlas} part {@code push} talks to: entities by qualified name with their
 * classifications, read in bulk by unique attribute and classified in bulk, as Atlas does. Counts reads and writes.
 */
final class AtlasPushStub {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READ = "/api/atlas/v2/entity/bulk/uniqueAttribute/type/";
    private static final String CLASSIFY = "/api/atlas/v2/entity/bulk/classification";

    private final Map<String, String> guidByName = new ConcurrentHashMap<>();
    private final Map<String, String> nameByGuid = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> classifications = new ConcurrentHashMap<>();
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();

    void add(String qualifiedName) {
        String guid = java.util.UUID.nameUUIDFromBytes(qualifiedName.getBytes(StandardCharsets.UTF_8)).toString();
        guidByName.put(qualifiedName, guid);
        nameByGuid.put(guid, qualifiedName);
        classifications.put(guid, ConcurrentHashMap.newKeySet());
    }

    long reads() {
        return reads.get();
    }

    long writes() {
        return writes.get();
    }

    /** How many entities carry {@code classification}. */
    long classified(String classification) {
        return classifications.values().stream().filter(set -> set.contains(classification)).count();
    }

    AtlasStubServer.Response answer(AtlasStubServer.Request request) {
        try {
            if (request.method().equals("GET") && request.path().startsWith(READ)) {
                reads.incrementAndGet();
                return read(request.query());
            }
            if (request.method().equals("POST") && request.path().equals(CLASSIFY)) {
                writes.incrementAndGet();
                return classify(JSON.readTree(request.body()));
            }
            return error(404, "ATLAS-404-00-000", "the bench stub does not serve " + request.method() + " "
                    + request.path());
        } catch (IOException | RuntimeException e) {
            return error(400, "ATLAS-400-00-029", String.valueOf(e.getMessage()));
        }
    }

    private AtlasStubServer.Response read(String query) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode entities = body.putArray("entities");
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0 || !URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8)
                    .endsWith(":qualifiedName")) {
                continue;
            }
            String name = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            String guid = guidByName.get(name);
            if (guid != null) {
                ObjectNode entity = entities.addObject().put("typeName", "hive_table").put("guid", guid)
                        .put("status", "ACTIVE").put("version", 0);
                entity.putObject("attributes").put("qualifiedName", name);
                ArrayNode labels = entity.putArray("classifications");
                classifications.get(guid).forEach(label -> labels.addObject().put("typeName", label)
                        .put("entityGuid", guid).put("propagate", true));
            }
        }
        body.putObject("referredEntities");
        return new AtlasStubServer.Response(200, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private AtlasStubServer.Response classify(JsonNode body) {
        String label = body.path("classification").path("typeName").asText();
        for (JsonNode guid : body.path("entityGuids")) {
            Set<String> labels = classifications.get(guid.asText());
            if (labels == null) {
                return error(404, "ATLAS-404-00-005", "Given instance guid " + guid.asText() + " is invalid/not found");
            }
            if (labels.contains(label)) {
                return error(400, "ATLAS-400-00-01B", "instance " + guid.asText()
                        + " already is associated with classification " + label);
            }
        }
        body.path("entityGuids").forEach(guid -> classifications.get(guid.asText()).add(label));
        return new AtlasStubServer.Response(204, new byte[0]);
    }

    private static AtlasStubServer.Response error(int status, String code, String message) {
        return new AtlasStubServer.Response(status, JSON.createObjectNode().put("errorCode", code)
                .put("errorMessage", message).toString().getBytes(StandardCharsets.UTF_8));
    }
}
