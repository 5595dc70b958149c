package org.steward.app.preferences;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.steward.views.shell.ShellPreferences;
import org.steward.views.shell.Theme;
import org.steward.views.shell.WindowBounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Preferences kept in a small properties file in the user's data folder, written through a temporary file so a
 * crash never leaves half a file. A missing or unreadable file means defaults.
 */
public final class AppPreferences implements ShellPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(AppPreferences.class);
    private static final String RECENT = "recent.";

    private final Path file;
    private final Properties values = new Properties();

    public AppPreferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable preferences {}: {}", file, e.toString());
            }
        }
    }

    @Override
    public synchronized Theme theme() {
        try {
            return Theme.valueOf(values.getProperty("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    @Override
    public synchronized void setTheme(Theme theme) {
        values.setProperty("theme", theme.name());
        save();
    }

    @Override
    public synchronized WindowBounds windowBounds() {
        try {
            double width = Double.parseDouble(values.getProperty("window.width", "NaN"));
            double height = Double.parseDouble(values.getProperty("window.height", "NaN"));
            if (Double.isNaN(width) || Double.isNaN(height) || width < 200 || height < 150) {
                return WindowBounds.DEFAULT;
            }
            return new WindowBounds(Double.parseDouble(values.getProperty("window.x", "NaN")),
                    Double.parseDouble(values.getProperty("window.y", "NaN")), width, height,
                    Boolean.parseBoolean(values.getProperty("window.maximized", "false")));
        } catch (NumberFormatException e) {
            return WindowBounds.DEFAULT;
        }
    }

    @Override
    public synchronized void setWindowBounds(WindowBounds bounds) {
        values.setProperty("window.x", Double.toString(bounds.x()));
        values.setProperty("window.y", Double.toString(bounds.y()));
        values.setProperty("window.width", Double.toString(bounds.width()));
        values.setProperty("window.height", Double.toString(bounds.height()));
        values.setProperty("window.maximized", Boolean.toString(bounds.maximized()));
        save();
    }

    @Override
    public synchronized List<Path> recentWorkspaces() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = values.getProperty(RECENT + i);
            if (value != null && !value.isBlank()) {
                recent.add(Path.of(value));
            }
        }
        return recent;
    }

    @Override
    public synchronized void setRecentWorkspaces(List<Path> workspaces) {
        values.stringPropertyNames().stream().filter(key -> key.startsWith(RECENT)).toList()
                .forEach(values::remove);
        List<Path> distinct = workspaces.stream().map(path -> path.toAbsolutePath().normalize()).distinct()
                .limit(MAX_RECENT).toList();
        for (int i = 0; i < distinct.size(); i++) {
            values.setProperty(RECENT + i, distinct.get(i).toString());
        }
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                values.store(out, "Steward preferences");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save preferences to {}", file, e);
        }
    }
}
