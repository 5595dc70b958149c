package org.steward.app;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.steward.connectors.atlas.client.AtlasAuth;
import org.steward.connectors.atlas.client.AtlasEndpoint;
import org.steward.connectors.atlas.client.AtlasSession;
import org.steward.connectors.atlas.push.AtlasPushTarget;
import org.steward.model.platform.PlatformEndpoint;
import org.steward.model.push.CircuitBreaker;
import org.steward.model.push.PushTarget;
import org.steward.model.push.RetryPolicy;

/** Opens the Atlas push target the command line names: a saved connection, or a URL with credentials from the environment. */
public final class PushTargets {
    static final String PASSWORD_VARIABLE = "STEWARD_ATLAS_PASSWORD";
    static final String TOKEN_VARIABLE = "STEWARD_ATLAS_TOKEN";

    private PushTargets() {
    }

    public static PushTarget open(String name, URI url, String user, Duration readTimeout) {
        if (url == null) {
            throw new UserError("give --url (saved Atlas connections are not available in this build yet)");
        }
        String variable = user == null ? TOKEN_VARIABLE : PASSWORD_VARIABLE;
        String secret = System.getenv(variable);
        if (secret == null) {
            throw new UserError("set " + variable + " to the " + (user == null ? "token" : "password of " + user)
                    + " for " + url);
        }
        AtlasAuth auth = user == null ? new AtlasAuth.Bearer("env:" + variable) : new AtlasAuth.Basic(user, "env:" + variable);
        AtlasEndpoint endpoint = new AtlasEndpoint(name, url, auth, Optional.empty(),
                PlatformEndpoint.DEFAULT_CONNECT_TIMEOUT, readTimeout);
        char[] chars = secret.toCharArray();
        try {
            return AtlasPushTarget.open(AtlasSession.open(endpoint, chars), RetryPolicy.standard(),
                    new CircuitBreaker(5, Duration.ofSeconds(15)));
        } finally {
            java.util.Arrays.fill(chars, '\0');
        }
    }
}
