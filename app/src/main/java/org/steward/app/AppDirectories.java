package org.steward.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Steward keeps its own files: preferences, logs and the demo workspace. {@code STEWARD_HOME} overrides
 * the per-OS default (tests and portable installs use it).
 */
public record AppDirectories(Path data) {

    public static AppDirectories fromEnvironment() {
        return from(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static AppDirectories from(Map<String, String> env, String osName, Path home) {
        String override = env.get("STEWARD_HOME");
        if (override != null && !override.isBlank()) {
            return new AppDirectories(Path.of(override).toAbsolutePath());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", home.resolve("AppData/Roaming").toString());
            return new AppDirectories(Path.of(appData, "Steward"));
        }
        if (os.contains("mac")) {
            return new AppDirectories(home.resolve("Library/Application Support/Steward"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg);
        return new AppDirectories(base.resolve("steward"));
    }

    public Path logs() {
        return data.resolve("logs");
    }

    public Path logFile() {
        return logs().resolve("steward.log");
    }

    public Path preferences() {
        return data.resolve("preferences.properties");
    }

    /** Platform connections (no secrets). */
    public Path platforms() {
        return data.resolve("platforms.properties");
    }

    /** The PKCS12 credential store, protected by the master password. */
    public Path credentials() {
        return data.resolve("credentials.p12");
    }

    public Path demoWorkspace() {
        return data.resolve("workspaces").resolve("demo");
    }
}
