package org.steward.model.platform;

import java.util.List;
import java.util.Optional;

/** The user's configured platform connections (settings only; secrets are in the {@link SecretStore}). */
public interface PlatformRegistry {

    List<PlatformEndpoint> endpoints();

    default Optional<PlatformEndpoint> endpoint(String name) {
        return endpoints().stream().filter(endpoint -> endpoint.name().equals(name)).findFirst();
    }

    /** Adds the connection or replaces the one of the same name. */
    void save(PlatformEndpoint endpoint);

    void remove(String name);
}
