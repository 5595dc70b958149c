package org.steward.model.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Guesses which importer reads a file from the keys in its first {@value #PROBE_BYTES} bytes: OpenLineage events
 * name {@code eventTime} or a producer with a run and a job; Atlas payloads carry {@code typeName} or
 * {@code guidEntityMap}; a dbt manifest or catalog names {@code dbt_schema_version}. Only a default for the user
 * to confirm: the importer itself still validates the whole file.
 */
public final class ImportFormatGuess {
    static final int PROBE_BYTES = 64 * 1024;

    private ImportFormatGuess() {
    }

    /** {@code openlineage}, {@code atlas} or {@code dbt}; empty when unsure or the file cannot be read. */
    public static Optional<String> of(Path file) {
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(PROBE_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (head.contains("\"eventTime\"") || head.contains("\"producer\"") && head.contains("\"job\"")
                && head.contains("\"run\"")) {
            return Optional.of("openlineage");
        }
        if (head.contains("\"dbt_schema_version\"")) {
            return Optional.of("dbt");
        }
        if (head.contains("\"guidEntityMap\"") || head.contains("\"typeName\"")) {
            return Optional.of("atlas");
        }
        return Optional.empty();
    }
}
