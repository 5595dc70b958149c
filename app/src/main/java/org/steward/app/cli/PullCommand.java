package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.steward.app.Connectors;
import org.steward.model.platform.PlatformEndpoint;
import org.steward.model.platform.PullRequest;
import org.steward.model.platform.PullResult;
import org.steward.model.platform.SecretStore;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code steward pull --workspace DIR --endpoint NAME|--url URL}: pulls from Apache Atlas into a workspace. */
@Command(name = "pull", mixinStandardHelpOptions = true,
        description = {"Pulls entities, classifications, glossary terms and lineage from Apache Atlas.",
            "Type definitions, entities with their classifications and glossary terms, and the lineage of "
                + "chosen entities, into a workspace in one transaction. Later pulls from the same endpoint only "
                + "ask for entities updated since the last one (--full asks for everything). A folder that does "
                + "not exist yet becomes a new workspace."})
final class PullCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    StewardCommand root;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Mixin
    PlatformTargetOptions platform;

    @Option(names = "--types", split = ",", paramLabel = "TYPE",
            description = "Entity types, e.g. hive_table,hive_column (default: every dataset, column and process type).")
    List<String> types = List.of();

    @Option(names = "--lineage", paramLabel = "QUALIFIED_NAME",
            description = "Also pull the lineage of this entity (repeatable).")
    List<String> lineage = List.of();

    @Option(names = "--full", description = "Pull everything, not only what changed since the last pull.")
    boolean full;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        PlatformTargetOptions.Connection connection = platform.open(root.directories());
        PlatformEndpoint endpoint = connection.endpoint();
        SecretStore secrets = connection.secrets();
        Path directory = workspace.directory;
        PullResult result;
        String name;
        try (Workspace open = Files.exists(directory) ? Workspace.open(directory)
                : Workspace.create(directory, String.valueOf(directory.toAbsolutePath().getFileName()))) {
            result = Connectors.platform(secrets).pull(open, endpoint, new PullRequest(types, full, lineage),
                    System.getProperty("user.name", "steward"), new ConsoleProgress(spec.commandLine().getErr()));
            name = open.name();
        }
        print(result, name);
        return 0;
    }

    private void print(PullResult result, String name) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("workspace", name);
            document.put("endpoint", result.endpoint());
            document.put("incremental", result.incremental());
            document.put("entities", result.entities());
            document.put("pages", result.pages());
            document.put("classificationDefinitions", result.classificationDefinitions());
            document.put("inserted", result.ingest().inserted());
            document.put("updated", result.ingest().updated());
            document.put("unchanged", result.ingest().unchanged());
            document.put("lineageEdgesAdded", result.ingest().lineageEdgesAdded());
            document.put("classificationsAdded", result.ingest().classificationsAdded());
            document.put("highWaterMark", result.highWaterMark());
            document.put("httpMillis", result.httpMillis());
            document.put("millis", result.totalMillis());
            out.println(Json.write(document));
            return;
        }
        out.printf("Pulled %,d entities from %s into workspace %s in %,d ms (%s, %,d pages)%n", result.entities(),
                result.endpoint(), name, result.totalMillis(), result.incremental() ? "changes since the last pull"
                        : "everything", result.pages());
        out.printf("  inserted                   %,12d%n", result.ingest().inserted());
        out.printf("  updated                    %,12d%n", result.ingest().updated());
        out.printf("  unchanged                  %,12d%n", result.ingest().unchanged());
        out.printf("  lineage edges added        %,12d%n", result.ingest().lineageEdgesAdded());
        out.printf("  classifications added      %,12d%n", result.ingest().classificationsAdded());
        out.printf("  classification definitions %,12d%n", result.classificationDefinitions());
    }
}
