package org.steward.connectors.atlas.client;

/** Why an Atlas call failed, in the categories callers act on (retry, ask for credentials, give up). */
public enum AtlasFailure {
    DNS("cannot resolve the host name"),
    REFUSED("connection refused"),
    CONNECT_TIMEOUT("no connection within the connect timeout"),
    READ_TIMEOUT("no answer within the read timeout"),
    TLS_UNTRUSTED("the server's TLS certificate is not trusted"),
    TLS_HOSTNAME("the server's TLS certificate is for another host name"),
    TLS("TLS handshake failed"),
    CREDENTIALS_REJECTED("credentials rejected"),
    FORBIDDEN("signed in, but not allowed"),
    NOT_FOUND("not found"),
    CONFLICT("conflict"),
    RATE_LIMITED("too many requests"),
    SERVER_ERROR("server error"),
    UNEXPECTED_STATUS("unexpected answer"),
    MALFORMED("malformed response"),
    NOT_ATLAS("the server is not Apache Atlas"),
    NO_SECRET("no password or token stored"),
    NETWORK("network error");

    private final String description;

    AtlasFailure(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Whether trying the same request again later may succeed (429, 5xx, timeouts, dropped connections). */
    public boolean transientFailure() {
        return this == RATE_LIMITED || this == SERVER_ERROR || this == READ_TIMEOUT || this == CONNECT_TIMEOUT
                || this == NETWORK;
    }
}
