package org.steward.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.steward.app.UserError;
import org.steward.model.catalog.Entity;
import org.steward.model.lineage.ImpactCsv;
import org.steward.model.lineage.ImpactReport;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steward lineage impact QUALIFIED_NAME}: what a change would reach, who to tell, which labels travel. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"Lists what a change to QUALIFIED_NAME affects downstream.",
            "The downstream datasets, dashboards and ML features, the owners to notify and the "
                + "classifications that would propagate."})
final class LineageImpactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Parameters(index = "0", paramLabel = "QUALIFIED_NAME", description = "The entity that would change.")
    String qualifiedName;

    @Option(names = "--depth", paramLabel = "N|all", defaultValue = "all", description = "Hops (default all).")
    String depth;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the impacted entities as CSV.")
    Path csv;

    @Override
    public Integer call() {
        int hops = LineageOptions.depth(depth);
        ImpactReport report;
        try (Workspace open = workspace.open()) {
            Entity subject = LineageOptions.entity(open, qualifiedName);
            report = open.lineage().impact(subject.id(), hops);
        }
        if (csv != null) {
            try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                ImpactCsv.write(report, out);
            } catch (IOException e) {
                throw new UserError("cannot write " + csv + ": " + e.getMessage());
            }
        }
        print(report);
        return 0;
    }

    private void print(ImpactReport report) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("subject", report.subject().qualifiedName());
            List<Map<String, Object>> impacted = new ArrayList<>();
            for (ImpactReport.ImpactedEntity entity : report.impacted()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("qualifiedName", entity.node().qualifiedName());
                row.put("name", entity.node().name());
                row.put("kind", entity.kind().name().toLowerCase(Locale.ROOT));
                row.put("distance", entity.distance());
                row.put("owner", entity.owner());
                impacted.add(row);
            }
            document.put("impacted", impacted);
            document.put("ownersToNotify", report.ownersToNotify());
            document.put("propagatingLabels", report.propagatingLabels());
            out.println(Json.write(document));
            return;
        }
        out.printf("Impact of a change to %s: %d downstream entities%n", report.subject().qualifiedName(),
                report.impacted().size());
        for (ImpactReport.ImpactedEntity entity : report.impacted()) {
            out.printf("  %4d  %-10s %s%s%n", entity.distance(), entity.kind().name().toLowerCase(Locale.ROOT),
                    entity.node().qualifiedName(), entity.owner().isEmpty() ? "" : "  (owner " + entity.owner() + ")");
        }
        out.printf("Owners to notify: %d%n", report.ownersToNotify().size());
        report.ownersToNotify().forEach(owner -> out.printf("  %s  %s%s%n", owner.id(), owner.displayName(),
                owner.email().isEmpty() ? "" : " <" + owner.email() + ">"));
        out.printf("Propagating labels: %d%n", report.propagatingLabels().size());
        report.propagatingLabels().forEach(label -> out.printf("  %s on %s reaches %d: %s%n", label.classification(),
                label.fromQualifiedName(), label.reaches().size(), String.join(", ", label.reaches())));
    }
}
