package org.steward.app.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.steward.app.UserError;
import org.steward.app.platforms.KeystoreSecretStore;
import org.steward.app.platforms.PlatformsFile;
import org.steward.model.platform.PlatformAuth;
import org.steward.model.platform.PlatformEndpoint;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code steward platforms add NAME --url URL --user U|--bearer}: adds or replaces a connection. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Adds or replaces an Apache Atlas connection.",
            "Replaces the one of the same name, and stores its password or token in the credential store "
                + "(from --secret-file, STEWARD_PLATFORM_SECRET, or typed)."})
final class PlatformsAddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    PlatformsCommand platforms;

    @Mixin
    CredentialOptions credentials;

    @Parameters(index = "0", paramLabel = "NAME", description = "The connection's name, e.g. prod.")
    String name;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "e.g. https://atlas.example.com:21443")
    URI url;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Auth auth;

    static final class Auth {
        @Option(names = "--user", paramLabel = "USER", description = "Sign in with this user and a password.")
        String user;

        @Option(names = "--bearer", description = "Sign in with a bearer token.")
        boolean bearer;
    }

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "A file whose first line is the password or token.")
    Path secretFile;

    @Option(names = "--ca-file", paramLabel = "FILE",
            description = "PEM CA certificates to trust besides the system's (for a private CA).")
    Path caFile;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10")
    long connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "60")
    long readTimeout;

    @Override
    public Integer call() {
        if (caFile != null && !Files.isRegularFile(caFile)) {
            throw new UserError("no such CA file: " + caFile);
        }
        String ref = PlatformEndpoint.secretRefFor(name);
        PlatformEndpoint endpoint;
        try {
            endpoint = new PlatformEndpoint(name, PlatformEndpoint.ATLAS, url,
                    auth.bearer ? new PlatformAuth.Bearer(ref) : new PlatformAuth.Basic(auth.user, ref),
                    Optional.ofNullable(caFile).map(file -> file.toAbsolutePath().normalize()),
                    Duration.ofSeconds(connectTimeout), Duration.ofSeconds(readTimeout));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        var directories = platforms.root.directories();
        KeystoreSecretStore secrets = credentials.open(directories);
        char[] secret = PlatformSecret.read(secretFile, auth.bearer ? "Bearer token for " + name
                : "Password of " + auth.user + " on " + name, System.getenv(), System.console());
        try {
            secrets.put(ref, secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
        new PlatformsFile(directories.platforms()).save(endpoint);
        spec.commandLine().getOut().printf("Saved connection %s (%s); its %s is in %s%n", name, url,
                auth.bearer ? "token" : "password", secrets.file());
        return 0;
    }
}
