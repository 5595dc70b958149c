package org.steward.model.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.steward.model.task.ProgressMonitor;

/**
 * Reads one foreign file (OpenLineage events, an Atlas export, a dbt manifest…) and streams it as
 * {@link CatalogBatch}es (about 10,000 entities each) into a sink, typically the one given by
 * {@code Workspace.ingestAll}. A batch only refers to entities of itself or of earlier batches of the same read.
 * A malformed file fails with an {@link IngestException} naming the file, position and reason. Implementations
 * live in the connectors module; the app hands them to the views.
 */
public interface CatalogImporter {

    /** The format's name as used on the command line: {@code openlineage}, {@code atlas}, {@code dbt}. */
    String format();

    /** What the user sees in menus and file choosers, e.g. "OpenLineage events". */
    default String label() {
        return format();
    }

    /** File name patterns for file choosers, e.g. {@code *.json}, {@code *.ndjson}. */
    default List<String> filePatterns() {
        return List.of("*.json");
    }

    void read(Path file, Consumer<CatalogBatch> sink, ProgressMonitor monitor);
}
