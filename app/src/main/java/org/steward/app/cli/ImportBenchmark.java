package org.steward.app.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.steward.connectors.openlineage.OpenLineageImporter;
import org.steward.model.ingest.IngestResult;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;

/**
 * Generates a newline-delimited OpenLineage file by renaming the datasets and job of one real event, then times
 * Jackson reading it (one tree per event) and a full import into a new workspace. Deletes what it made.
 */
final class ImportBenchmark {
    private static final String EVENT = "/org/steward/app/bench/openlineage-event.json";
    /** Worst case: nearly every event names datasets no earlier event named. */
    static final int DISTINCT_VARIANTS = 20_000;
    /** A production log: a few hundred jobs, each run many times over the same datasets. */
    static final int REPEATED_RUN_VARIANTS = 400;

    private final Path parent;
    private final long bytes;
    private final int variants;

    ImportBenchmark(Path parent, long bytes, int variants) {
        this.parent = parent;
        this.bytes = bytes;
        this.variants = variants;
    }

    /**
     * @param importSeconds the first import in this JVM (compiling H2's and Lucene's paths as it goes)
     * @param warmImportSeconds the same file imported again into another new workspace, as an app that has
     *     imported before does; {@code NaN} when not measured
     */
    record Result(double megabytes, long events, double jacksonSeconds, double importSeconds,
                  double warmImportSeconds, long entities, long edges) {
    }

    /** Generates the file, times Jackson, then imports it once, and again into a second workspace when asked. */
    Result run(boolean again) throws IOException {
        Path folder = Files.createTempDirectory(parent, "steward-bench-lineage");
        try {
            Path file = folder.resolve("events.ndjson");
            long events = generate(file);
            double megabytes = Files.size(file) / (1024.0 * 1024.0);
            long started = System.nanoTime();
            readTrees(file);
            double jackson = (System.nanoTime() - started) / 1e9;
            TimedImport first = importInto(folder.resolve("workspace"), file);
            double warm = again ? importInto(folder.resolve("workspace-again"), file).seconds() : Double.NaN;
            return new Result(megabytes, events, jackson, first.seconds(), warm, first.result().inserted(),
                    first.result().lineageEdgesAdded());
        } finally {
            delete(folder);
        }
    }

    /** One import and its wall time, search index included (the result's own millis cover the transaction). */
    private record TimedImport(IngestResult result, double seconds) {
    }

    private static TimedImport importInto(Path directory, Path file) {
        try (Workspace workspace = Workspace.create(directory, "bench")) {
            long started = System.nanoTime();
            IngestResult result = workspace.ingestAll(
                    sink -> new OpenLineageImporter().read(file, sink, ProgressMonitor.NONE), "bench", "bench",
                    ProgressMonitor.NONE);
            return new TimedImport(result, (System.nanoTime() - started) / 1e9);
        }
    }

    private long generate(Path file) throws IOException {
        String event;
        try (InputStream in = ImportBenchmark.class.getResourceAsStream(EVENT)) {
            event = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        long written = 0;
        long events = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < bytes) {
                String variant = "v" + (events % variants) + "_";
                String line = event.replace("\"public.", "\"public." + variant)
                        .replace("\"name\":\"etl_", "\"name\":\"etl_" + variant) + "\n";
                out.write(line);
                written += line.length();
                events++;
            }
        }
        return events;
    }

    private static void readTrees(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (JsonParser parser = mapper.getFactory().createParser(file.toFile())) {
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                mapper.readTree(parser);
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
