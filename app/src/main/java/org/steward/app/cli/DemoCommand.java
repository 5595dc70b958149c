package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.steward.app.DemoWorkspaces;
import org.steward.app.UserError;
import org.steward.model.catalog.CatalogStats;
import org.steward.model.catalog.EntityType;
import org.steward.model.demo.DemoSize;
import org.steward.model.ingest.IngestResult;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steward demo}: generates a demo workspace of any size, for trying Steward out and for benchmarks. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generates a demo workspace (a fictional retail company) from the blueprint.",
            "The same size always gives the same catalog."})
final class DemoCommand implements Callable<Integer> {
    static final int MAX_ENTITIES = 1_000_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--entities", paramLabel = "N",
            description = "Datasets, columns, processes and dashboards together (100 to 1,000,000);"
                    + " default: the standard demo of about 2,000 datasets and 25,000 columns.")
    Integer entities;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The new workspace folder (must not exist or be empty).")
    Path out;

    @Option(names = "--name", paramLabel = "NAME", description = "Workspace name.")
    String name;

    @Override
    public Integer call() {
        if (entities != null && (entities < 100 || entities > MAX_ENTITIES)) {
            throw new UserError("--entities must be between 100 and 1,000,000, was " + entities);
        }
        DemoSize size = entities == null ? DemoSize.DEFAULT : DemoSize.ofEntities(entities);
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        IngestResult result = DemoWorkspaces.build(this.out, size,
                name != null ? name : DemoWorkspaces.DEMO_NAME, new ConsoleProgress(spec.commandLine().getErr()));
        double seconds = (System.nanoTime() - started) / 1e9;
        try (Workspace workspace = Workspace.open(this.out)) {
            CatalogStats stats = workspace.stats();
            out.printf("Created %s in %.1f s: %,d datasets, %,d columns, %,d processes, %,d dashboards,"
                            + " %,d dataset- and %,d column-level lineage edges, %,d classifications.%n",
                    this.out.toAbsolutePath().normalize(), seconds, stats.count(EntityType.DATASET),
                    stats.count(EntityType.COLUMN), stats.count(EntityType.PROCESS),
                    stats.count(EntityType.DASHBOARD), stats.datasetLineageEdges(), stats.columnLineageEdges(),
                    stats.classificationAssignments());
        }
        out.printf("%,d entities inserted.%n", result.inserted());
        return 0;
    }
}
