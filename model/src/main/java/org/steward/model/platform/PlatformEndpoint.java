package org.steward.model.platform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A named connection to a platform as the user configured it: where, how to sign in, which extra CA to trust and
 * how long to wait. Holds no secret.
 *
 * @param caFile a PEM file of CA certificates trusted in addition to the platform trust store, or empty
 */
public record PlatformEndpoint(String name, String kind, URI url, PlatformAuth auth, Optional<Path> caFile,
                               Duration connectTimeout, Duration readTimeout) {
    public static final String ATLAS = "atlas";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    public PlatformEndpoint {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("a connection name is 1 to 64 letters, digits, '.', '_' or '-': '"
                    + name + "'");
        }
        if (url == null || url.getScheme() == null || url.getHost() == null
                || !(url.getScheme().equalsIgnoreCase("http") || url.getScheme().equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException("the URL of " + name + " must be http(s)://host[:port][/path], not '"
                    + url + "'");
        }
        kind = kind == null ? ATLAS : kind.toLowerCase(Locale.ROOT);
        caFile = caFile == null ? Optional.empty() : caFile;
        connectTimeout = positive(connectTimeout, DEFAULT_CONNECT_TIMEOUT);
        readTimeout = positive(readTimeout, DEFAULT_READ_TIMEOUT);
    }

    public static PlatformEndpoint atlas(String name, URI url, PlatformAuth auth) {
        return new PlatformEndpoint(name, ATLAS, url, auth, Optional.empty(), null, null);
    }

    public PlatformEndpoint withTimeouts(Duration connect, Duration read) {
        return new PlatformEndpoint(name, kind, url, auth, caFile, connect, read);
    }

    public PlatformEndpoint withCaFile(Path file) {
        return new PlatformEndpoint(name, kind, url, auth, Optional.ofNullable(file), connectTimeout, readTimeout);
    }

    /** The conventional secret reference for this connection's password or token. */
    public static String secretRefFor(String name) {
        return "platform/" + name;
    }

    private static Duration positive(Duration value, Duration fallback) {
        return value == null || value.isZero() || value.isNegative() ? fallback : value;
    }
}
