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

/** {@code steward bench atlas}: pull (and push) against a local Atlas stub. */
@Command(name = "atlas", mixinStandardHelpOptions = true,
        description = {"Times the Apache Atlas connector against a local stub.",
            "A pull of generated entities into a new workspace (entities/s, time waiting for HTTP, time "
                + "writing), then an incremental pull; a push of 1,000 approved classification changes (time, "
                + "requests)."})
final class BenchAtlasCommand implements Callable<Integer> {
    /** The parts, in the order they run; each is one {@code --part} name. */
    static final List<Supplier<AtlasBenchPart>> PARTS = List.of(AtlasPullBenchmark::new, AtlasPushBenchmark::new);

    @Spec
    CommandSpec spec;

    @Option(names = "--entities", paramLabel = "N", defaultValue = "100000",
            description = "Entities the stub serves (default 100,000).")
    int entities;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "500",
            description = "Entities per search page (default 500).")
    int pageSize;

    @Option(names = "--part", paramLabel = "NAME", split = ",",
            description = "Run only these parts (default all): pull, push.")
    List<String> only = List.of();

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the temporary workspaces go (default the JVM's"
            + " temporary folder).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (entities < 10 || pageSize < 1) {
            throw new UserError("--entities must be at least 10 and --page-size at least 1");
        }
        List<AtlasBenchPart> parts = PARTS.stream().map(Supplier::get).toList();
        for (String name : only) {
            if (parts.stream().noneMatch(part -> part.name().equals(name))) {
                throw new UserError("no benchmark part '" + name + "'; parts: "
                        + String.join(", ", parts.stream().map(AtlasBenchPart::name).toList()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        AtlasBenchPart.Options options = new AtlasBenchPart.Options(entities, pageSize,
                dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir")));
        for (AtlasBenchPart part : parts) {
            if (only.isEmpty() || only.contains(part.name())) {
                part.run(options, out);
            }
        }
        return 0;
    }
}
