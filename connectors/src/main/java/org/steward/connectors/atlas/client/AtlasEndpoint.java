package org.steward.connectors.atlas.client;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.steward.model.platform.PlatformEndpoint;

/**
 * An Atlas server as a session needs it.
 *
 * @param baseUrl        the server's root, e.g. {@code https://atlas.example.com:21443} (REST paths are appended)
 * @param caFile         a PEM file of CA certificates trusted in addition to the platform trust store
 * @param connectTimeout how long to wait for the TCP and TLS connection
 * @param readTimeout    how long to wait for an answer to one request
 */
public record AtlasEndpoint(String name, URI baseUrl, AtlasAuth auth, Optional<Path> caFile, Duration connectTimeout,
                            Duration readTimeout) {

    public AtlasEndpoint {
        String text = baseUrl.toString();
        baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        caFile = caFile == null ? Optional.empty() : caFile;
    }

    public static AtlasEndpoint of(PlatformEndpoint endpoint) {
        return new AtlasEndpoint(endpoint.name(), endpoint.url(), AtlasAuth.of(endpoint.auth()), endpoint.caFile(),
                endpoint.connectTimeout(), endpoint.readTimeout());
    }

    /** The absolute URI of a REST path such as {@code /api/atlas/v2/types/typedefs?type=entity}. */
    public URI resolve(String pathAndQuery) {
        return URI.create(baseUrl + (pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery));
    }

    /** How messages name the server: {@code Atlas "prod" (https://atlas.example.com)}. */
    public String label() {
        return "Atlas \"" + name + "\" (" + baseUrl + ")";
    }
}
