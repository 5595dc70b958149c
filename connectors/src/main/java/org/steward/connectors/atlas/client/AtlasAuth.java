package org.steward.connectors.atlas.client;

import org.steward.model.platform.PlatformAuth;

/** How a session signs in to Atlas; secrets are looked up by reference when a session opens. */
public sealed interface AtlasAuth {

    String secretRef();

    /** HTTP basic authentication (Atlas file, LDAP or AD login). */
    record Basic(String user, String secretRef) implements AtlasAuth {
    }

    /** {@code Authorization: Bearer} with a token (Atlas behind Knox or an OIDC proxy). */
    record Bearer(String secretRef) implements AtlasAuth {
    }

    static AtlasAuth of(PlatformAuth auth) {
        if (auth instanceof PlatformAuth.Basic basic) {
            return new Basic(basic.user(), basic.secretRef());
        }
        return new Bearer(auth.secretRef());
    }
}
