package org.steward.connectors.atlas.client;

import java.time.Duration;
import java.util.Optional;
import org.steward.model.platform.PlatformException;

/**
 * An Atlas call that failed, naming the endpoint, the request, the HTTP status (0 when there was no answer) and
 * Atlas's own error code and message when it sent them.
 */
public final class AtlasException extends PlatformException {
    private static final long serialVersionUID = 1L;

    private final String endpoint;
    private final AtlasFailure failure;
    private final int status;
    private final String errorCode;
    private final Duration retryAfter;

    AtlasException(AtlasEndpoint endpoint, String request, AtlasFailure failure, int status, String errorCode,
                   String detail, Duration retryAfter, Throwable cause) {
        super(message(endpoint, request, failure, status, errorCode, detail, retryAfter), cause);
        this.endpoint = endpoint.name();
        this.failure = failure;
        this.status = status;
        this.errorCode = errorCode == null ? "" : errorCode;
        this.retryAfter = retryAfter;
    }

    /** A failure found outside an HTTP exchange (a missing secret, an unreadable CA file, a malformed body). */
    public static AtlasException of(AtlasEndpoint endpoint, String request, AtlasFailure failure, String detail,
                                    Throwable cause) {
        return new AtlasException(endpoint, request, failure, 0, null, detail, null, cause);
    }

    private static String message(AtlasEndpoint endpoint, String request, AtlasFailure failure, int status,
                                  String errorCode, String detail, Duration retryAfter) {
        StringBuilder text = new StringBuilder(endpoint.label()).append(": ").append(failure.description());
        if (status > 0) {
            text.append(" (HTTP ").append(status).append(')');
        }
        if (request != null && !request.isBlank()) {
            text.append(" on ").append(request);
        }
        if (errorCode != null && !errorCode.isBlank()) {
            text.append(": ").append(errorCode);
        }
        if (detail != null && !detail.isBlank()) {
            text.append(errorCode != null && !errorCode.isBlank() ? " " : ": ").append(detail);
        }
        if (retryAfter != null) {
            text.append(" (Retry-After ").append(retryAfter.toSeconds()).append(" s)");
        }
        return text.toString();
    }

    public String endpoint() {
        return endpoint;
    }

    public AtlasFailure failure() {
        return failure;
    }

    public int status() {
        return status;
    }

    /** Atlas's error code, e.g. {@code ATLAS-404-00-005}, or empty. */
    public String errorCode() {
        return errorCode;
    }

    /** How long a 429 or 503 answer asked to wait. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
