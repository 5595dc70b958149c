package org.steward.connectors.openlineage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.steward.model.ingest.IngestResult;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;

/**
 * Measures OpenLineage import throughput on a synthetic newline-delimited file made by repeating the 26 real
 * Marquez demo events with varied names ({@code variants} distinct copies of the demo graph), next to the time
 * Jackson alone takes to read the same file. Run with {@code -Xmx512m}:
 * {@code java -Xmx512m -cp … OpenLineageImportBenchmark [megabytes] [variants] [dir]}.
 */
public final class OpenLineageImportBenchmark {

    private OpenLineageImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 100;
        int variants = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("ol-bench");
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        PrintStream report = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        Path file = dir.resolve("events.ndjson");
        long bytes = generate(file, megabytes << 20, variants);
        double size = bytes / (1024.0 * 1024.0);
        report.printf("file %s: %.1f MB, %d variants of the Marquez demo graph%n", file, size, variants);

        long started = System.nanoTime();
        long tokens = tokens(file);
        double tokenSeconds = (System.nanoTime() - started) / 1e9;
        report.printf("Jackson tokens only: %,d tokens in %.2f s = %.1f MB/s%n", tokens, tokenSeconds,
                size / tokenSeconds);
        started = System.nanoTime();
        long events = trees(file);
        double treeSeconds = (System.nanoTime() - started) / 1e9;
        report.printf("Jackson readTree per event: %,d events in %.2f s = %.1f MB/s%n", events, treeSeconds,
                size / treeSeconds);

        started = System.nanoTime();
        long[] sent = new long[2];
        new OpenLineageImporter(batch).read(file, b -> {
            sent[0] += b.entities().size();
            sent[1] += b.lineage().size();
        }, ProgressMonitor.NONE);
        double readSeconds = (System.nanoTime() - started) / 1e9;
        report.printf("importer alone (batches discarded): %,d entities and %,d edges sent in %.2f s = %.1f MB/s%n",
                sent[0], sent[1], readSeconds, size / readSeconds);

        for (int run = 1; run <= 2; run++) {
            try (Workspace workspace = run == 1 ? Workspace.create(dir.resolve("ws"), "bench")
                    : Workspace.open(dir.resolve("ws"))) {
                started = System.nanoTime();
                IngestResult result = workspace.ingestAll(
                        sink -> new OpenLineageImporter(batch).read(file, sink, ProgressMonitor.NONE), "bench", "bench",
                        ProgressMonitor.NONE);
                double seconds = (System.nanoTime() - started) / 1e9;
                report.printf("import run %d: %.2f s = %.1f MB/s; %s; stats %s%n", run, seconds, size / seconds,
                        result, workspace.stats());
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        report.printf("peak heap (sum of heap pools' peaks) %.0f MB of max %.0f MB%n", peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private static long generate(Path file, long target, int variants) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> events = new ArrayList<>();
        try (InputStream in = OpenLineageImportBenchmark.class.getResourceAsStream(
                "/fixtures/marquez/docker/metadata.json")) {
            for (JsonNode event : mapper.readTree(in)) {
                events.add(mapper.writeValueAsString(event));
            }
        }
        long written = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int round = 0; written < target; round++) {
                String variant = "v" + (round % variants) + "_";
                for (String event : events) {
                    String line = event.replace("\"public.", "\"public." + variant)
                            .replace("\"name\":\"etl_", "\"name\":\"etl_" + variant) + "\n";
                    out.write(line);
                    written += line.length();
                }
            }
        }
        return Files.size(file);
    }

    private static long tokens(Path file) throws IOException {
        long count = 0;
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            while (parser.nextToken() != null) {
                count++;
            }
        }
        return count;
    }

    private static long trees(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        long count = 0;
        try (JsonParser parser = mapper.getFactory().createParser(file.toFile())) {
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                mapper.readTree(parser);
                count++;
            }
        }
        return count;
    }
}
