package org.steward.model.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Guesses which importer reads a file from the keys in its first {@value #PROBE_BYTES} bytes: a dbt manifest or
 * catalog names {@code dbt_schema_version}; OpenLineage events name {@code eventTime}, or a job with a run, an
 * event type, inputs or outputs, or a producer with a dataset; Atlas payloads carry {@code typeName} or
 * {@code guidEntityMap}. Only a default for the user
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
        if (head.contains("\"dbt_schema_version\"")) {
            return Optional.of("dbt");
        }
        if (head.contains("\"eventTime\"")) {
            return Optional.of("openlineage");
        }
        if (head.contains("\"guidEntityMap\"") || head.contains("\"typeName\"")) {
            return Optional.of("atlas");
        }
        // Events written without time or producer (integration tests' expected events, hand-trimmed exports).
        boolean job = head.contains("\"job\"");
        if (job && (head.contains("\"run\"") || head.contains("\"eventType\"") || head.contains("\"inputs\"")
                || head.contains("\"outputs\"")) || head.contains("\"producer\"") && head.contains("\"dataset\"")) {
            return Optional.of("openlineage");
        }
        return Optional.empty();
    }
}
