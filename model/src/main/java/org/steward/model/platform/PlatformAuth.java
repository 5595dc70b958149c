package org.steward.model.platform;

/** How Steward signs in to a platform. Secrets are never held here, only the name they are stored under. */
public sealed interface PlatformAuth {

    /** The reference of the secret (password or token) in the {@link SecretStore}. */
    String secretRef();

    /** User name and password (HTTP basic). */
    record Basic(String user, String secretRef) implements PlatformAuth {
        public Basic {
            if (user == null || user.isBlank()) {
                throw new IllegalArgumentException("basic authentication needs a user name");
            }
        }
    }

    /** A bearer token (OAuth/OIDC access token or a Knox/proxy token). */
    record Bearer(String secretRef) implements PlatformAuth {
    }
}
