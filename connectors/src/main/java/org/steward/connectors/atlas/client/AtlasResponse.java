package org.steward.connectors.atlas.client;

import java.net.http.HttpHeaders;

/** A successful (2xx) answer: status, headers and the raw body. */
public record AtlasResponse(int status, HttpHeaders headers, byte[] body) {
}
