package org.steward.connectors.importing;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.steward.model.ingest.ImportFormatGuess;

/**
 * Adds to an import failure which format the file looks like when that is not the importer's: the usual cause of
 * a file that does not fit at all ({@code … (the file looks like a dbt artifact: import it as dbt)}).
 */
public final class FormatHint {
    private static final Map<String, String> DESCRIPTIONS = Map.of("openlineage", "OpenLineage events",
            "atlas", "an Apache Atlas payload", "dbt", "a dbt artifact");

    private FormatHint() {
    }

    /** {@code failure}, with the hint when it is about {@code file} and the file looks like another format. */
    public static ImportException add(ImportException failure, Path file, String format) {
        Path name = file.getFileName();
        if (name == null || !name.toString().equals(failure.file())) {
            return failure;
        }
        Optional<String> guessed = ImportFormatGuess.of(file).filter(found -> !found.equals(format));
        if (guessed.isEmpty()) {
            return failure;
        }
        ImportException hinted = new ImportException(failure.file(), failure.line(), failure.column(),
                failure.byteOffset(), failure.jsonPath(), failure.reason() + " (the file looks like "
                + DESCRIPTIONS.get(guessed.get()) + ": import it as " + guessed.get() + ")");
        hinted.addSuppressed(failure);
        return hinted;
    }
}
