package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.steward.app.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code steward bench lineage}: full downstream closure on a generated million-edge graph, OpenLineage import
 * throughput beside Jackson alone, then the parts {@link LineageBenchParts} supplies (layout, frame time).
 */
@Command(name = "lineage", mixinStandardHelpOptions = true,
        description = {"Times lineage: closure, OpenLineage import, layout and frame time.",
            "Closure on a generated graph, OpenLineage import beside Jackson alone, and the graph view's "
                + "layout (against Graphviz dot) and frame time when they are wired in."})
final class BenchLineageCommand implements Callable<Integer> {
    private final List<Supplier<LineageBenchPart>> parts;

    @Spec
    CommandSpec spec;

    @Option(names = "--edges", paramLabel = "N", defaultValue = "1000000",
            description = "Edges of the generated graph (default 1,000,000).")
    int edges;

    private static final long WORST_CASE_MB = 50;

    @Option(names = "--megabytes", paramLabel = "MB", defaultValue = "200",
            description = "Size of the generated OpenLineage file (default 200; 0 skips the import).")
    int megabytes;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to put the temporary file and workspace"
            + " (default the JVM's temporary folder).")
    Path dir;

    @Option(names = "--dot-large", description = "Also time Graphviz dot on the 10,000-node graph (minutes).")
    boolean dotLarge;

    BenchLineageCommand() {
        this(LineageBenchParts.viewParts());
    }

    BenchLineageCommand(List<Supplier<LineageBenchPart>> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public Integer call() throws Exception {
        if (edges < 10 || megabytes < 0) {
            throw new UserError("--edges must be at least 10 and --megabytes not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        ClosureBenchmark.Result closure = new ClosureBenchmark(edges).run();
        out.printf("lineage closure: full downstream closure on %,d nodes / %,d edges (warm, %d timed runs"
                + " over %d focus nodes)%n", closure.nodes(), closure.edges(), closure.samples(), closure.focusNodes());
        out.printf("  reached up to %,d nodes; p50 %.1f ms   p95 %.1f ms   max %.1f ms%n", closure.reached(),
                closure.p50Millis(), closure.p95Millis(), closure.maxMillis());
        out.flush();
        if (megabytes > 0) {
            Path folder = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"));
            for (int variants : new int[] {ImportBenchmark.REPEATED_RUN_VARIANTS, ImportBenchmark.DISTINCT_VARIANTS}) {
                // The worst case writes ~5,000 new entities per MB; 50 MB of it already takes a minute.
                long size = variants == ImportBenchmark.DISTINCT_VARIANTS ? Math.min(megabytes, WORST_CASE_MB)
                        : megabytes;
                boolean repeated = variants == ImportBenchmark.REPEATED_RUN_VARIANTS;
                ImportBenchmark.Result result = new ImportBenchmark(folder, size << 20, variants).run(repeated);
                out.printf("openlineage import (%s): %.1f MB file, %,d events%n",
                        variants == ImportBenchmark.REPEATED_RUN_VARIANTS
                                ? "repeated runs of " + variants + " jobs" : "worst case, new datasets in every event",
                        result.megabytes(), result.events());
                out.printf("  Jackson alone (readTree per event): %.2f s = %.1f MB/s%n", result.jacksonSeconds(),
                        result.megabytes() / result.jacksonSeconds());
                out.printf("  import into a new workspace:        %.2f s = %.1f MB/s (%,d entities, %,d edges)%s%n",
                        result.importSeconds(), result.megabytes() / result.importSeconds(), result.entities(),
                        result.edges(), repeated ? ", the first import in this JVM" : "");
                if (repeated) {
                    out.printf("  again, into another new workspace:  %.2f s = %.1f MB/s (as an app that has imported"
                            + " before)%n", result.warmImportSeconds(),
                            result.megabytes() / result.warmImportSeconds());
                }
                out.flush();
            }
        }
        for (Supplier<LineageBenchPart> supplier : parts) {
            LineageBenchPart part = supplier.get();
            if (dotLarge && part instanceof LineageBenchParts.Layout) {
                part = new LineageBenchParts.Layout(true);
            }
            out.println(part.title());
            part.run(out);
            out.flush();
        }
        return 0;
    }
}
