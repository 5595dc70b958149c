package org.steward.connectors.atlas.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/** Turns HTTP statuses, Atlas error bodies and network exceptions into {@link AtlasException}s. */
final class AtlasErrors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DETAIL_CHARS = 300;

    private AtlasErrors() {
    }

    static AtlasException fromStatus(AtlasEndpoint endpoint, String request, int status, HttpHeaders headers,
                                     byte[] body) {
        AtlasFailure failure = switch (status) {
            case 401 -> AtlasFailure.CREDENTIALS_REJECTED;
            case 403 -> AtlasFailure.FORBIDDEN;
            case 404 -> AtlasFailure.NOT_FOUND;
            case 409 -> AtlasFailure.CONFLICT;
            case 429 -> AtlasFailure.RATE_LIMITED;
            default -> status >= 500 ? AtlasFailure.SERVER_ERROR : AtlasFailure.UNEXPECTED_STATUS;
        };
        String code = null;
        String detail = null;
        try {
            JsonNode error = JSON.readTree(body);
            if (error != null && error.isObject()) {
                code = text(error, "errorCode");
                detail = text(error, "errorMessage");
            }
        } catch (IOException | RuntimeException e) {
            detail = plain(body);
        }
        Duration retryAfter = status == 429 || status == 503
                ? headers.firstValue("Retry-After").map(AtlasErrors::retryAfter).orElse(null) : null;
        return new AtlasException(endpoint, request, failure, status, code, detail, retryAfter, null);
    }

    static AtlasException network(AtlasEndpoint endpoint, String request, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof SSLException)) {
            if (root instanceof HttpTimeoutException || root instanceof ConnectException) {
                break;
            }
            root = root.getCause();
        }
        AtlasFailure failure;
        String detail;
        if (root instanceof HttpConnectTimeoutException) {
            failure = AtlasFailure.CONNECT_TIMEOUT;
            detail = "waited " + endpoint.connectTimeout().toSeconds() + " s";
        } else if (root instanceof HttpTimeoutException) {
            failure = AtlasFailure.READ_TIMEOUT;
            detail = "waited " + endpoint.readTimeout().toSeconds() + " s; the server may be hung or overloaded";
        } else if (root instanceof UnknownHostException || root instanceof UnresolvedAddressException) {
            failure = AtlasFailure.DNS;
            detail = endpoint.baseUrl().getHost();
        } else if (root instanceof ConnectException) {
            failure = AtlasFailure.REFUSED;
            detail = "nothing listens at " + endpoint.baseUrl().getHost() + ":" + port(endpoint);
        } else if (root instanceof SSLException ssl) {
            failure = tls(ssl);
            detail = ssl.getMessage();
        } else {
            failure = AtlasFailure.NETWORK;
            detail = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        }
        return new AtlasException(endpoint, request, failure, 0, null, detail, null, cause);
    }

    private static AtlasFailure tls(SSLException ssl) {
        String message = String.valueOf(ssl.getMessage()) + " " + (ssl.getCause() == null ? ""
                : ssl.getCause().getMessage());
        if (message.contains("No subject alternative") || message.contains("doesn't match")
                || message.contains("No name matching")) {
            return AtlasFailure.TLS_HOSTNAME;
        }
        if (message.contains("PKIX") || message.contains("unable to find valid certification path")
                || ssl.getCause() instanceof CertificateException) {
            return AtlasFailure.TLS_UNTRUSTED;
        }
        return ssl instanceof SSLHandshakeException ? AtlasFailure.TLS : AtlasFailure.TLS;
    }

    static int port(AtlasEndpoint endpoint) {
        int port = endpoint.baseUrl().getPort();
        return port > 0 ? port : "https".equalsIgnoreCase(endpoint.baseUrl().getScheme()) ? 443 : 80;
    }

    /** Retry-After in seconds or as an HTTP date; unreadable values count as one second. */
    static Duration retryAfter(String value) {
        String trimmed = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed)));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException unreadable) {
                return Duration.ofSeconds(1);
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String plain(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ")
                .trim();
        return text.length() > DETAIL_CHARS ? text.substring(0, DETAIL_CHARS) + "…" : text;
    }
}
