package org.steward.connectors.importing;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.task.ProgressMonitor;

/**
 * Reads one foreign lineage file and streams it as {@link CatalogBatch}es (about 10,000 entities each) into a sink,
 * typically the one given by {@code Workspace.ingestAll}. A batch only refers to entities of itself or of earlier
 * batches of the same read. A malformed file fails with an {@link ImportException}.
 */
public interface LineageImporter {

    /** The format's name as used on the command line: {@code openlineage}, {@code atlas}, {@code dbt}. */
    String format();

    void read(Path file, Consumer<CatalogBatch> sink, ProgressMonitor monitor);
}
