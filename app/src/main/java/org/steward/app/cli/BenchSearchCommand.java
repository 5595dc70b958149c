package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.steward.app.UserError;
import org.steward.model.search.SearchBenchmark;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steward bench search}: latency percentiles of a fixed query mix. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Times a fixed mix of search queries (words, prefixes as typed, two words, filters).")
final class BenchSearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20", description = "Timed rounds (default 20).")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5", description = "Warm-up rounds (default 5).")
    int warmup;

    @Override
    public Integer call() {
        if (rounds <= 0 || warmup < 0) {
            throw new UserError("--rounds must be positive and --warmup not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace open = workspace.open()) {
            long entities = open.stats().totalEntities();
            SearchBenchmark.Result result = new SearchBenchmark().run(open.search(), warmup, rounds);
            out.printf("search benchmark on %s (%,d entities)%n", open.name(), entities);
            out.printf("  %d queries x %d rounds = %,d searches, top %d each%n", result.queries(), result.rounds(),
                    result.searches(), SearchBenchmark.DEFAULT_LIMIT);
            out.printf("  p50 %.2f ms   p95 %.2f ms   p99 %.2f ms   max %.2f ms%n", result.p50Millis(),
                    result.p95Millis(), result.p99Millis(), result.maxMillis());
        }
        return 0;
    }
}
