package org.steward.views.lineage.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageNode;
import org.steward.model.lineage.LineageSubgraph;
import org.steward.views.lineage.layout.CardMetrics;

/** Lays a subgraph out with Graphviz {@code dot -Tplain} when it is on the PATH, for comparison. */
final class DotRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DotRunner.class);
    private static final double POINTS_PER_INCH = 72;

    private final Duration timeout;

    DotRunner(Duration timeout) {
        this.timeout = timeout;
    }

    static boolean available() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "dot"))) {
                return true;
            }
        }
        return false;
    }

    /** Milliseconds dot took, or NaN when it is absent, fails or exceeds the timeout. */
    double time(LineageSubgraph subgraph) {
        if (!available()) {
            return Double.NaN;
        }
        try {
            Path input = Files.createTempFile("steward-lineage", ".dot");
            Path output = Files.createTempFile("steward-lineage", ".plain");
            try {
                write(subgraph, input);
                long start = System.nanoTime();
                Process process = new ProcessBuilder("dot", "-Tplain", "-o", output.toString(), input.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    LOG.warn("dot took longer than {} s on {} nodes", timeout.toSeconds(), subgraph.nodes().size());
                    return Double.NaN;
                }
                double millis = (System.nanoTime() - start) / 1e6;
                return process.exitValue() == 0 ? millis : Double.NaN;
            } finally {
                Files.deleteIfExists(input);
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    static void write(LineageSubgraph subgraph, Path file) throws IOException {
        Map<Long, Integer> index = new HashMap<>();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("digraph lineage {\n  rankdir=LR;\n  node [shape=box];\n");
            for (LineageNode node : subgraph.nodes()) {
                index.put(node.id(), index.size());
                out.write(String.format(Locale.ROOT, "  n%d [label=\"%s\", width=%.2f, height=%.2f];%n", node.id(),
                        node.name().replace("\"", "'"), CardMetrics.width(node.type()) / POINTS_PER_INCH,
                        (node.type() == EntityType.PROCESS ? CardMetrics.PROCESS_HEIGHT : CardMetrics.CARD_HEIGHT)
                                / POINTS_PER_INCH));
            }
            for (LineageEdge edge : subgraph.edges()) {
                if (index.containsKey(edge.fromId()) && index.containsKey(edge.toId())) {
                    out.write("  n" + edge.fromId() + " -> n" + edge.toId() + ";\n");
                }
            }
            out.write("}\n");
        }
    }
}
