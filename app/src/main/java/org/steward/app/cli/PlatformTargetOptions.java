package org.steward.app.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.steward.app.AppDirectories;
import org.steward.app.UserError;
import org.steward.app.platforms.PlatformsFile;
import org.steward.model.platform.MemorySecretStore;
import org.steward.model.platform.PlatformAuth;
import org.steward.model.platform.PlatformEndpoint;
import org.steward.model.platform.SecretStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which Atlas a command talks to ({@code steward pull}, {@code steward push}): a saved connection by name (its
 * secret from the credential store), or a URL with the password or token from a file, the environment or a prompt.
 */
final class PlatformTargetOptions {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--endpoint", paramLabel = "NAME",
                description = "A connection added with steward platforms add.")
        String endpoint;

        @Option(names = "--url", paramLabel = "URL", description = "An Atlas server not saved as a connection.")
        URI url;
    }

    @Option(names = "--user", paramLabel = "USER",
            description = "With --url: sign in as USER (password from --secret-file, STEWARD_PLATFORM_SECRET or"
                    + " typed); without it, a bearer token from the same places.")
    String user;

    @Option(names = "--secret-file", paramLabel = "FILE", description = "With --url: the password or token file.")
    Path secretFile;

    @Option(names = "--ca-file", paramLabel = "FILE", description = "With --url: PEM CA certificates to trust too.")
    Path caFile;

    @Option(names = "--read-timeout", paramLabel = "SECONDS",
            description = "With --url: seconds to wait for an answer.",
            defaultValue = "60")
    long readTimeout;

    @Mixin
    CredentialOptions credentials;

    /** A connection and the store holding its secret. */
    record Connection(PlatformEndpoint endpoint, SecretStore secrets) {
    }

    Connection open(AppDirectories directories) {
        if (target.endpoint != null) {
            if (user != null || secretFile != null || caFile != null) {
                throw new UserError("--user, --secret-file and --ca-file go with --url;"
                        + " a saved connection has its own");
            }
            PlatformEndpoint endpoint = new PlatformsFile(directories.platforms()).endpoint(target.endpoint)
                    .orElseThrow(() -> new UserError("no connection named '" + target.endpoint
                            + "'; see steward platforms list"));
            return new Connection(endpoint, credentials.open(directories));
        }
        PlatformEndpoint endpoint = adHoc();
        SecretStore secrets = new MemorySecretStore();
        char[] secret = PlatformSecret.read(secretFile, user != null ? "Password of " + user + " on "
                + target.url : "Bearer token for " + target.url, System.getenv(), System.console());
        try {
            secrets.put(endpoint.auth().secretRef(), secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
        return new Connection(endpoint, secrets);
    }

    /** A connection named after the URL's host and port, so pulls and pushes by URL share their remote bases. */
    private PlatformEndpoint adHoc() {
        if (caFile != null && !Files.isRegularFile(caFile)) {
            throw new UserError("no such CA file: " + caFile);
        }
        String host = target.url.getHost() == null ? "atlas" : target.url.getHost();
        String name = (host + (target.url.getPort() > 0 ? "-" + target.url.getPort() : ""))
                .replaceAll("[^A-Za-z0-9._-]", "-").toLowerCase(Locale.ROOT);
        String ref = PlatformEndpoint.secretRefFor(name);
        try {
            return new PlatformEndpoint(name, PlatformEndpoint.ATLAS, target.url,
                    user != null ? new PlatformAuth.Basic(user, ref) : new PlatformAuth.Bearer(ref),
                    Optional.ofNullable(caFile), null, Duration.ofSeconds(readTimeout));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
