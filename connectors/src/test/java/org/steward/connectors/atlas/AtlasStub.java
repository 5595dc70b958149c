package org.steward.connectors.atlas;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.steward.model.platform.MemorySecretStore;
import org.steward.model.platform.PlatformAuth;
import org.steward.model.platform.PlatformEndpoint;

/**
 * WireMock playing Apache Atlas REST v2: typedefs, basic search pages and entity/bulk answers, built from the real
 * recorded responses in the fixtures and from generated entities of the same shape.
 */
final class AtlasStub implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String EGERIA = "fixtures/atlas/egeria-recorded-responses/apache-atlas-adapter/src/test/resources/";
    static final String PASSWORD = "s3cret-Atlas-pw";

    final WireMockServer server = new WireMockServer(options().dynamicPort());
    final MemorySecretStore secrets = new MemorySecretStore();

    AtlasStub() {
        server.start();
        secrets.put(PlatformEndpoint.secretRefFor("test"), PASSWORD.toCharArray());
    }

    PlatformEndpoint endpoint() {
        return PlatformEndpoint.atlas("test", URI.create(server.baseUrl()),
                new PlatformAuth.Basic("admin", PlatformEndpoint.secretRefFor("test")));
    }

    PlatformEndpoint endpoint(Duration readTimeout) {
        return endpoint().withTimeouts(Duration.ofSeconds(2), readTimeout);
    }

    static JsonNode fixture(String path) {
        try {
            return JSON.readTree(Files.readString(Path.of("src/test/resources").resolve(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real typedefs of a sandbox Atlas, plus the classification def Egeria created there. */
    void typedefs() {
        ObjectNode types = (ObjectNode) fixture(EGERIA + "types_vanilla.json");
        ArrayNode classifications = (ArrayNode) types.get("classificationDefs");
        classifications.addAll((ArrayNode) fixture(EGERIA + "by_case/UpsertType/Confidentiality.json")
                .get("classificationDefs"));
        server.stubFor(get(urlEqualTo(AtlasPull.TYPEDEFS_PATH)).willReturn(json(types)));
    }

    /** Serves {@code entities} of {@code type} in search pages of {@code pageSize}, each page fetched in bulk. */
    void entities(String type, List<JsonNode> entities, int pageSize) {
        for (int offset = 0; offset <= entities.size(); offset += pageSize) {
            List<JsonNode> page = entities.subList(offset, Math.min(entities.size(), offset + pageSize));
            ObjectNode result = JSON.createObjectNode().put("queryType", "BASIC");
            ArrayNode headers = result.putArray("entities");
            for (JsonNode entity : page) {
                headers.addObject().put("typeName", type).put("guid", entity.get("guid").asText())
                        .put("status", "ACTIVE").set("attributes", entity.get("attributes"));
            }
            result.put("approximateCount", entities.size());
            server.stubFor(post(urlEqualTo(AtlasSearchPage.PATH))
                    .withRequestBody(matchingJsonPath("$[?(@.typeName == '" + type + "' && @.offset == " + offset
                            + ")]"))
                    .willReturn(json(result)));
            for (int from = 0; from < page.size(); from += AtlasConnector.BULK_SIZE) {
                List<JsonNode> chunk = page.subList(from, Math.min(page.size(), from + AtlasConnector.BULK_SIZE));
                server.stubFor(get(urlEqualTo(bulkPath(chunk))).willReturn(json(bulk(chunk))));
            }
        }
    }

    static String bulkPath(List<JsonNode> entities) {
        return AtlasPull.BULK_PATH + "?minExtInfo=true&" + entities.stream()
                .map(entity -> "guid=" + entity.get("guid").asText()).collect(Collectors.joining("&"));
    }

    static ObjectNode bulk(List<JsonNode> entities) {
        ObjectNode bulk = JSON.createObjectNode();
        bulk.putArray("entities").addAll(entities);
        bulk.putObject("referredEntities");
        return bulk;
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(JsonNode body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString());
    }

    /** A real recorded entity (AtlasEntityWithExtInfo.entity) by guid. */
    static JsonNode recorded(String guid) {
        return fixture(EGERIA + "entity_by_guid/" + guid + ".json").get("entity");
    }

    /** Tables shaped like the recorded hive_table, with an owner, a description and an update time each. */
    static List<JsonNode> tables(int count, long updateTime) {
        List<JsonNode> tables = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            ObjectNode table = JSON.createObjectNode().put("typeName", "hive_table")
                    .put("guid", String.format("00000000-0000-4000-8000-%012d", index)).put("status", "ACTIVE")
                    .put("createTime", updateTime - 1000).put("updateTime", updateTime + index).put("version", 1);
            table.putObject("attributes").put("qualifiedName", "sales.t" + index + "@cl1").put("name", "t" + index)
                    .put("owner", "steward" + (index % 3)).put("description", "table " + index);
            table.putArray("classifications");
            tables.add(table);
        }
        return tables;
    }

    void search(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        server.stubFor(post(urlPathEqualTo(path)).willReturn(response));
    }

    void version(String version) {
        server.stubFor(get(urlEqualTo("/api/atlas/admin/version"))
                .withHeader("Authorization", equalTo("Basic YWRtaW46czNjcmV0LUF0bGFzLXB3"))
                .willReturn(json(JSON.createObjectNode().put("Version", version).put("Name", "apache-atlas")
                        .put("Description", "Metadata Management and Data Governance Platform over Hadoop"))));
        server.stubFor(get(urlEqualTo("/api/atlas/v2/types/typedefs/headers?type=ENTITY"))
                .willReturn(json(JSON.createArrayNode())));
    }

    @Override
    public void close() {
        server.stop();
    }
}
