package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.steward.model.catalog.Entity;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageRequest;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists what lies downstream or upstream of an entity, with distance, type and owner. */
abstract class LineageWalkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Parameters(index = "0", paramLabel = "QUALIFIED_NAME", description = "The entity to start from.")
    String qualifiedName;

    @Option(names = "--depth", paramLabel = "N|all", defaultValue = "all",
            description = "Hops to follow; a process counts as a hop (default all).")
    String depth;

    @Option(names = "--level", paramLabel = "dataset|column", defaultValue = "dataset",
            description = "Dataset level (datasets, processes, dashboards) or column level (default dataset).")
    String level;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    abstract boolean downstream();

    @Override
    public Integer call() {
        int hops = LineageOptions.depth(depth);
        LineageLevel chosen = LineageOptions.level(level);
        try (Workspace open = workspace.open()) {
            Entity focus = LineageOptions.entity(open, qualifiedName);
            Map<Long, Integer> distances = open.lineage().closureDistances(focus.id(), downstream(), hops, chosen);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map.Entry<Long, Integer> reached : distances.entrySet()) {
                Entity entity = open.catalog().entity(reached.getKey()).orElseThrow();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("distance", reached.getValue());
                row.put("type", entity.type().name().toLowerCase(Locale.ROOT));
                row.put("qualifiedName", entity.qualifiedName());
                row.put("name", entity.name());
                row.put("owner", entity.owner());
                rows.add(row);
            }
            print(focus, hops, chosen, rows);
        }
        return 0;
    }

    private void print(Entity focus, int hops, LineageLevel chosen, List<Map<String, Object>> rows) {
        PrintWriter out = spec.commandLine().getOut();
        String direction = downstream() ? "downstream" : "upstream";
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("focus", focus.qualifiedName());
            document.put("direction", direction);
            document.put("depth", hops == LineageRequest.ALL ? "all" : hops);
            document.put("level", chosen.name().toLowerCase(Locale.ROOT));
            document.put("count", rows.size());
            document.put("entities", rows);
            out.println(Json.write(document));
            return;
        }
        out.printf("%d entities %s of %s%n", rows.size(), direction, focus.qualifiedName());
        for (Map<String, Object> row : rows) {
            out.printf("  %4d  %-9s %s%s%n", (Integer) row.get("distance") * (downstream() ? 1 : -1),
                    row.get("type"), row.get("qualifiedName"),
                    ((String) row.get("owner")).isEmpty() ? "" : "  (owner " + row.get("owner") + ")");
        }
    }
}
