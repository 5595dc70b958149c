package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.steward.app.Connectors;
import org.steward.app.UserError;
import org.steward.model.ingest.CatalogImporter;
import org.steward.model.ingest.IngestResult;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code steward import openlineage|atlas|dbt FILE… --workspace DIR}: imports lineage files in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports OpenLineage events, Apache Atlas lineage or entity exports, or dbt manifests.",
            "All files land in one transaction: all of them, or none. A folder that does not exist yet becomes a new,",
            "empty workspace first. Importing the same files again changes nothing."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "openlineage, atlas or dbt.")
    String format;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "The files to import.")
    List<Path> files;

    @Option(names = "--catalog", paramLabel = "FILE", description = "dbt only: the project's catalog.json.")
    Path catalog;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        CatalogImporter importer = importer();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UserError("no such file: " + file);
            }
        }
        Path directory = workspace.directory;
        IngestResult result;
        String name;
        try (Workspace open = Files.exists(directory) ? Workspace.open(directory)
                : Workspace.create(directory, String.valueOf(directory.toAbsolutePath().getFileName()))) {
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
            String origin = importer.format() + ":" + files.stream().map(file -> String.valueOf(file.getFileName()))
                    .collect(Collectors.joining(","));
            result = open.ingestAll(sink -> files.forEach(file -> importer.read(file, sink, progress)), origin,
                    System.getProperty("user.name", "steward"), progress);
            name = open.name();
        }
        print(result, name);
        return 0;
    }

    private CatalogImporter importer() {
        return Connectors.importer(format, catalog);
    }

    private void print(IngestResult result, String name) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("workspace", name);
            document.put("format", format.toLowerCase(Locale.ROOT));
            document.put("files", files.stream().map(Path::toString).collect(Collectors.toList()));
            document.put("inserted", result.inserted());
            document.put("updated", result.updated());
            document.put("unchanged", result.unchanged());
            document.put("lineageEdgesAdded", result.lineageEdgesAdded());
            document.put("classificationsAdded", result.classificationsAdded());
            document.put("changed", result.changedAnything());
            document.put("millis", result.millis());
            out.println(Json.write(document));
        } else {
            out.printf("Imported %d file(s) into workspace %s in %,d ms%n", files.size(), name, result.millis());
            out.printf("  inserted                   %,12d%n", result.inserted());
            out.printf("  updated                    %,12d%n", result.updated());
            out.printf("  unchanged                  %,12d%n", result.unchanged());
            out.printf("  lineage edges added        %,12d%n", result.lineageEdgesAdded());
            out.printf("  classifications added      %,12d%n", result.classificationsAdded());
        }
    }
}
