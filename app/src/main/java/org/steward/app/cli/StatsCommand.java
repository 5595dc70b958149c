package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.steward.model.catalog.CatalogStats;
import org.steward.model.catalog.EntityType;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code steward stats}: what a workspace holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts the entities, lineage edges, classifications and pending changes of a workspace.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        CatalogStats stats;
        String name;
        try (Workspace open = workspace.open()) {
            stats = open.stats();
            name = open.name();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> entities = new LinkedHashMap<>();
            for (EntityType type : EntityType.values()) {
                entities.put(type.plural(), stats.count(type));
            }
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("workspace", name);
            document.put("entities", entities);
            document.put("totalEntities", stats.totalEntities());
            document.put("lineageEdges", Map.of("dataset", stats.datasetLineageEdges(),
                    "column", stats.columnLineageEdges()));
            document.put("classificationAssignments", stats.classificationAssignments());
            document.put("glossaryTerms", stats.glossaryTerms());
            document.put("owners", stats.owners());
            document.put("pendingChanges", stats.pendingChanges());
            out.println(Json.write(document));
        } else {
            out.printf("Workspace %s%n", name);
            out.printf("  datasets                   %,12d%n", stats.count(EntityType.DATASET));
            out.printf("  columns                    %,12d%n", stats.count(EntityType.COLUMN));
            out.printf("  processes                  %,12d%n", stats.count(EntityType.PROCESS));
            out.printf("  dashboards                 %,12d%n", stats.count(EntityType.DASHBOARD));
            out.printf("  lineage edges, dataset     %,12d%n", stats.datasetLineageEdges());
            out.printf("  lineage edges, column      %,12d%n", stats.columnLineageEdges());
            out.printf("  classification assignments %,12d%n", stats.classificationAssignments());
            out.printf("  glossary terms             %,12d%n", stats.glossaryTerms());
            out.printf("  owners                     %,12d%n", stats.owners());
            out.printf("  pending changes            %,12d%n", stats.pendingChanges());
        }
        return 0;
    }
}
