package org.steward.connectors.openlineage;

import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.steward.connectors.importing.BatchCollector;
import org.steward.connectors.importing.FormatHint;
import org.steward.connectors.importing.ImportException;
import org.steward.connectors.importing.JsonDocument;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.CatalogImporter;
import org.steward.model.task.ProgressMonitor;

/**
 * Reads OpenLineage events: one event, a JSON array of events, or newline-delimited events (one per line, blank
 * lines allowed). The first non-blank character tells an array ({@code [}) from one or more objects ({@code {}).
 * Events are bound one at a time, so a file of any size is read in bounded memory.
 */
public final class OpenLineageImporter implements CatalogImporter {
    private final int batchEntities;

    public OpenLineageImporter() {
        this(BatchCollector.BATCH_ENTITIES);
    }

    /** An importer that sends batches of about {@code batchEntities} entities. */
    public OpenLineageImporter(int batchEntities) {
        this.batchEntities = batchEntities;
    }

    @Override
    public String format() {
        return "openlineage";
    }

    @Override
    public String label() {
        return "OpenLineage events";
    }

    @Override
    public java.util.List<String> filePatterns() {
        return java.util.List.of("*.json", "*.ndjson", "*.jsonl");
    }

    @Override
    public void read(Path file, Consumer<CatalogBatch> sink, ProgressMonitor monitor) {
        try {
            int first = JsonDocument.firstNonBlank(file);
            try (JsonDocument document = JsonDocument.open(file, monitor)) {
                // Each event carries only the facets its run saw: records add to what is stored.
                BatchCollector out = new BatchCollector("openlineage:" + document.fileName(), sink,
                        batchEntities, true);
                OpenLineageEventMapper mapper = new OpenLineageEventMapper(out);
                if (first == '[') {
                    document.next();
                    for (JsonToken token = document.next(); token != JsonToken.END_ARRAY; token = document.next()) {
                        event(document, mapper, out);
                    }
                    if (document.next() != null) {
                        throw document.failHere("unexpected content after the array of events");
                    }
                } else if (first == '{') {
                    for (JsonToken token = document.next(); token != null; token = document.next()) {
                        event(document, mapper, out);
                    }
                } else {
                    throw new ImportException(document.fileName(), 1, -1, 0, "$", first < 0 ? "the file is empty"
                            : "expected an OpenLineage event or an array of events, found '" + (char) first + "'");
                }
                out.flush();
            }
        } catch (ImportException e) {
            throw FormatHint.add(e, file, format());
        }
    }

    private static void event(JsonDocument document, OpenLineageEventMapper mapper, BatchCollector out) {
        document.expect(JsonToken.START_OBJECT, "an OpenLineage event (an object)");
        mapper.map(document.bind());
        out.flushIfFull();
    }
}
