package org.steward.connectors.atlas.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/**
 * One answer from Atlas as the push reads it: status, body, and for a refusal Atlas' error code and the session's
 * message (which names the endpoint, the request and Atlas' own error message).
 */
record PushResponse(int status, String body, String errorCode, String errorMessage) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static PushResponse ok(int status, byte[] body) {
        return new PushResponse(status, body == null ? "" : new String(body, StandardCharsets.UTF_8), "", "");
    }

    static PushResponse refused(int status, String errorCode, String message) {
        return new PushResponse(status, "", errorCode == null ? "" : errorCode, message == null ? "" : message);
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    JsonNode json() throws java.io.IOException {
        return JSON.readTree(body.isEmpty() ? "{}" : body);
    }

    String describe() {
        return errorMessage.isEmpty() ? Integer.toString(status) : errorMessage;
    }
}
