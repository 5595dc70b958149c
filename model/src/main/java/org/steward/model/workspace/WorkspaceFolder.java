package org.steward.model.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * The layout of a workspace folder: a marker file, the H2 database and the search index. The marker is how
 * Steward tells its own folders from any other.
 */
public final class WorkspaceFolder {
    public static final String MARKER = "steward-workspace.properties";
    public static final String DATABASE = "workspace";
    public static final String INDEX = "index";
    static final int FORMAT = 1;

    private final Path directory;

    public WorkspaceFolder(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    public Path marker() {
        return directory.resolve(MARKER);
    }

    public Path databaseFile() {
        return directory.resolve(DATABASE + ".mv.db");
    }

    public Path indexDirectory() {
        return directory.resolve(INDEX);
    }

    /**
     * The JDBC URL that H2's own tools can use to open this workspace (user {@code sa}, empty password). A 32 MB page
     * cache (H2's default is 16 MB) keeps large imports, which run as one transaction, from re-reading pages.
     */
    public String jdbcUrl() {
        return "jdbc:h2:file:" + directory.resolve(DATABASE).toString().replace('\\', '/') + ";CACHE_SIZE=32768";
    }

    public boolean isWorkspace() {
        return Files.isRegularFile(marker());
    }

    Properties readMarker() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(marker())) {
            properties.load(in);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot read " + marker() + ": " + e.getMessage(), e);
        }
        return properties;
    }

    void writeMarker(String name) {
        Properties properties = new Properties();
        properties.setProperty("name", name);
        properties.setProperty("format", Integer.toString(FORMAT));
        properties.setProperty("created", Instant.now().toString());
        try (OutputStream out = Files.newOutputStream(marker())) {
            properties.store(out, "Steward workspace: H2 database " + DATABASE + ".mv.db, search index in "
                    + INDEX + "/");
        } catch (IOException e) {
            throw new WorkspaceException("Cannot write " + marker() + ": " + e.getMessage(), e);
        }
    }
}
