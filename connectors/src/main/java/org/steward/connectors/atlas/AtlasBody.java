package org.steward.connectors.atlas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.steward.connectors.atlas.client.AtlasEndpoint;
import org.steward.connectors.atlas.client.AtlasException;
import org.steward.connectors.atlas.client.AtlasFailure;
import org.steward.connectors.atlas.client.AtlasResponse;
import org.steward.connectors.importing.ImportException;
import org.steward.connectors.importing.JsonTree;

/** Parses an Atlas answer; a body that is not JSON, or not the object expected, names the endpoint and request. */
final class AtlasBody {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AtlasBody() {
    }

    static JsonTree parse(AtlasEndpoint endpoint, String request, AtlasResponse response) {
        JsonNode node;
        try {
            node = JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw AtlasException.of(endpoint, request, AtlasFailure.MALFORMED, "not valid JSON ("
                    + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")", e);
        } catch (IOException e) {
            throw AtlasException.of(endpoint, request, AtlasFailure.MALFORMED, e.getMessage(), e);
        }
        String source = endpoint.label() + " " + request;
        JsonTree tree = new JsonTree(node == null ? JSON.nullNode() : node, "$",
                (path, reason) -> new ImportException(source, -1, -1, -1, path, reason));
        if (!tree.node().isObject()) {
            throw AtlasException.of(endpoint, request, AtlasFailure.MALFORMED, "expected a JSON object, found "
                    + JsonTree.kind(tree.node()), null);
        }
        return tree;
    }

    static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
