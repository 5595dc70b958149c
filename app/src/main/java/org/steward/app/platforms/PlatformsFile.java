package org.steward.app.platforms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.steward.app.UserError;
import org.steward.model.platform.PlatformAuth;
import org.steward.model.platform.PlatformEndpoint;
import org.steward.model.platform.PlatformRegistry;

/**
 * Platform connections in {@code platforms.properties} under the user's data folder: URL, auth kind, user, secret
 * reference, CA file and timeouts. Never a password or token: those are in the {@link KeystoreSecretStore}.
 */
public final class PlatformsFile implements PlatformRegistry {
    public static final String FILE_NAME = "platforms.properties";
    private static final String PREFIX = "platform.";

    private final Path file;

    public PlatformsFile(Path file) {
        this.file = file;
    }

    @Override
    public synchronized List<PlatformEndpoint> endpoints() {
        Properties values = load();
        TreeSet<String> names = new TreeSet<>();
        for (String key : values.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(".url")) {
                names.add(key.substring(PREFIX.length(), key.length() - ".url".length()));
            }
        }
        List<PlatformEndpoint> endpoints = new ArrayList<>();
        for (String name : names) {
            endpoints.add(read(values, name));
        }
        return endpoints;
    }

    @Override
    public synchronized void save(PlatformEndpoint endpoint) {
        Properties values = load();
        removeKeys(values, endpoint.name());
        String key = PREFIX + endpoint.name() + ".";
        values.setProperty(key + "kind", endpoint.kind());
        values.setProperty(key + "url", endpoint.url().toString());
        if (endpoint.auth() instanceof PlatformAuth.Basic basic) {
            values.setProperty(key + "auth", "basic");
            values.setProperty(key + "user", basic.user());
        } else {
            values.setProperty(key + "auth", "bearer");
        }
        values.setProperty(key + "secretRef", endpoint.auth().secretRef());
        endpoint.caFile().ifPresent(ca -> values.setProperty(key + "caFile", ca.toString()));
        values.setProperty(key + "connectTimeoutSeconds", Long.toString(endpoint.connectTimeout().toSeconds()));
        values.setProperty(key + "readTimeoutSeconds", Long.toString(endpoint.readTimeout().toSeconds()));
        store(values);
    }

    @Override
    public synchronized void remove(String name) {
        Properties values = load();
        removeKeys(values, name);
        store(values);
    }

    private static void removeKeys(Properties values, String name) {
        values.stringPropertyNames().stream().filter(key -> key.startsWith(PREFIX + name + "."))
                .forEach(values::remove);
    }

    private PlatformEndpoint read(Properties values, String name) {
        String key = PREFIX + name + ".";
        try {
            String secretRef = values.getProperty(key + "secretRef", PlatformEndpoint.secretRefFor(name));
            PlatformAuth auth = "bearer".equals(values.getProperty(key + "auth"))
                    ? new PlatformAuth.Bearer(secretRef)
                    : new PlatformAuth.Basic(values.getProperty(key + "user", ""), secretRef);
            return new PlatformEndpoint(name, values.getProperty(key + "kind", PlatformEndpoint.ATLAS),
                    URI.create(values.getProperty(key + "url")), auth,
                    Optional.ofNullable(values.getProperty(key + "caFile")).map(Path::of),
                    seconds(values.getProperty(key + "connectTimeoutSeconds")),
                    seconds(values.getProperty(key + "readTimeoutSeconds")));
        } catch (IllegalArgumentException e) {
            throw new UserError(file + ": the connection '" + name + "' is not valid: " + e.getMessage());
        }
    }

    private static Duration seconds(String value) {
        return value == null ? null : Duration.ofSeconds(Long.parseLong(value.trim()));
    }

    private Properties load() {
        Properties values = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new UserError("cannot read " + file + ": " + e.getMessage());
            }
        }
        return values;
    }

    private void store(Properties values) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), FILE_NAME, ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    values.store(out, "Steward platform connections (no secrets: see " + KeystoreSecretStore.FILE_NAME
                            + ")");
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage());
        }
    }
}
