package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.steward.app.Connectors;
import org.steward.app.UserError;
import org.steward.model.ingest.CatalogImporter;
import org.steward.model.lineage.LineageDiff;
import org.steward.model.lineage.LineageSnapshot;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steward lineage diff A B}: what changed between two lineage exports, or an export and a workspace. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two lineage exports, OLD then NEW.",
            "Added, removed and changed nodes, added and removed edges. With --workspace DIR and one file, "
                + "the workspace is OLD and the file NEW."})
final class LineageDiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "FILE", description = "OLD and NEW export files.")
    List<Path> files;

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", description = "A workspace as the OLD side.")
    Path workspace;

    @Option(names = "--format", paramLabel = "openlineage|atlas|dbt",
            description = "The files' format (default: told from each file's content, else openlineage).")
    String format;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        if (files.size() + (workspace == null ? 0 : 1) != 2) {
            throw new UserError("give two files, or one file and --workspace DIR");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UserError("no such file: " + file);
            }
        }
        LineageSnapshot before;
        if (workspace != null) {
            try (Workspace open = Workspace.open(workspace)) {
                before = open.lineageSnapshot();
            }
        } else {
            before = snapshot(importer(files.get(0)), files.get(0));
        }
        Path newer = files.get(files.size() - 1);
        LineageSnapshot after = snapshot(importer(newer), newer);
        print(LineageDiff.between(before, after));
        return 0;
    }

    private CatalogImporter importer(Path file) {
        return format == null ? Connectors.importerFor(file) : Connectors.importer(format, null);
    }

    private static LineageSnapshot snapshot(CatalogImporter importer, Path file) {
        try (Workspace memory = Workspace.inMemory("diff")) {
            memory.ingestAll(sink -> importer.read(file, sink, ProgressMonitor.NONE), importer.format() + ":" + file,
                    "steward", ProgressMonitor.NONE);
            return memory.lineageSnapshot();
        }
    }

    private void print(LineageDiff diff) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("addedNodes", diff.addedNodes());
            document.put("removedNodes", diff.removedNodes());
            document.put("changedNodes", diff.changedNodes());
            document.put("addedEdges", diff.addedEdges());
            document.put("removedEdges", diff.removedEdges());
            out.println(Json.write(document));
            return;
        }
        out.printf("%d added, %d removed, %d changed nodes; %d added, %d removed edges%n", diff.addedNodes().size(),
                diff.removedNodes().size(), diff.changedNodes().size(), diff.addedEdges().size(),
                diff.removedEdges().size());
        diff.addedNodes().forEach(node -> out.printf("+ %s %s%n", node.type().label(), node.qualifiedName()));
        diff.removedNodes().forEach(node -> out.printf("- %s %s%n", node.type().label(), node.qualifiedName()));
        diff.changedNodes().forEach(change -> out.printf("~ %s %s (%s)%n", change.after().type().label(),
                change.after().qualifiedName(), String.join(", ", change.fields())));
        diff.addedEdges().forEach(edge -> out.printf("+ edge %s → %s%n", edge.fromQualifiedName(),
                edge.toQualifiedName()));
        diff.removedEdges().forEach(edge -> out.printf("- edge %s → %s%n", edge.fromQualifiedName(),
                edge.toQualifiedName()));
    }
}
