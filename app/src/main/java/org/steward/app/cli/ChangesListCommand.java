package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.steward.app.UserError;
import org.steward.model.change.ChangeSetStatus;
import org.steward.model.change.ChangeSetSummary;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steward changes list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists change sets, newest first.")
final class ChangesListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "open, submitted, approved, rejected, pushed or partly-failed.")
    String status;

    @Option(names = "--author", paramLabel = "USER", description = "Only change sets by this author.")
    String author;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        ChangeSetStatus wanted = status == null ? null : parse(status);
        List<ChangeSetSummary> sets;
        try (Workspace open = workspace.open()) {
            sets = open.review().changeSets(wanted, author);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ChangeSetSummary set : sets) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", set.id());
                row.put("title", set.set().title());
                row.put("author", set.author());
                row.put("status", set.status().name());
                row.put("pendingChanges", set.pendingChanges());
                row.put("reviewedBy", set.reviewedBy());
                row.put("reason", set.statusReason());
                row.put("updatedAt", set.updatedAt().toString());
                rows.add(row);
            }
            out.println(Json.write(rows));
            return 0;
        }
        for (ChangeSetSummary set : sets) {
            out.printf("%5d  %-13s %-20s %4d changes  %s%s%n", set.id(), set.status().label(), set.author(),
                    set.pendingChanges(), set.set().title(), set.reviewedBy() == null ? ""
                            : "  (reviewed by " + set.reviewedBy() + (set.statusReason() == null ? ""
                            : ": " + set.statusReason()) + ")");
        }
        out.printf("%,d change sets%n", sets.size());
        return 0;
    }

    static ChangeSetStatus parse(String text) {
        String key = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return ChangeSetStatus.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown status '" + text
                    + "': use open, submitted, approved, rejected, pushed or partly-failed");
        }
    }
}
