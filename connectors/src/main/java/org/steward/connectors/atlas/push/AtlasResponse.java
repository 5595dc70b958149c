package org.steward.connectors.atlas.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One answer from Atlas: status, body and, for errors, Atlas' error code and message. */
record AtlasResponse(int status, String body, String errorCode, String errorMessage) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static AtlasResponse of(int status, String body) {
        String code = "";
        String message = "";
        if (status >= 400 && body != null && body.startsWith("{")) {
            try {
                JsonNode error = JSON.readTree(body);
                code = error.path("errorCode").asText("");
                message = error.path("errorMessage").asText(error.path("error").asText(""));
            } catch (java.io.IOException e) {
                message = "";
            }
        }
        return new AtlasResponse(status, body == null ? "" : body, code, message);
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** A short description for messages: {@code 404 ATLAS-404-00-005 Given instance guid … not found}. */
    String describe() {
        String detail = errorCode.isEmpty() ? errorMessage : errorCode + (errorMessage.isEmpty() ? "" : " " + errorMessage);
        if (detail.isEmpty()) {
            detail = body.length() > 200 ? body.substring(0, 200) + "…" : body;
        }
        return status + (detail.isBlank() ? "" : " " + detail.strip());
    }
}
