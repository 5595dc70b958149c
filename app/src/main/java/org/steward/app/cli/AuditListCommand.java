package org.steward.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.steward.connectors.report.AuditCsvWriter;
import org.steward.model.audit.AuditEvent;
import org.steward.model.audit.AuditReport;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steward audit list}: the events matching the filters, oldest first. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists audit events, oldest first: time, user, action, subject, detail, before/after, outcome.")
final class AuditListCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Mixin
    AuditFilterMixin filter;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--csv", description = "Print CSV (the same columns as the Audit area's export).")
        boolean csv;
    }

    @Override
    public Integer call() {
        List<AuditEvent> events = new ArrayList<>();
        String name;
        try (Workspace open = workspace.open()) {
            name = open.name();
            open.audit().forEach(filter.query(), events::add);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.csv) {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            try {
                new AuditCsvWriter().write(new AuditReport(name, filter.query(), events,
                        new org.steward.model.audit.AuditVerification(0, java.util.OptionalLong.empty(), ""),
                        Instant.now(), "cli"), csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.print(csv.toString(StandardCharsets.UTF_8));
        } else if (format.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AuditEvent event : events) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("seq", event.seq());
                row.put("at", event.at().toString());
                row.put("actor", event.actor());
                row.put("action", event.action());
                row.put("subject", event.subject());
                row.put("detail", event.detail());
                row.put("before", event.before());
                row.put("after", event.after());
                row.put("outcome", event.outcomeText());
                row.put("hash", event.hash());
                rows.add(row);
            }
            out.println(Json.write(rows));
        } else {
            for (AuditEvent event : events) {
                String change = event.before() == null && event.after() == null ? ""
                        : "  [" + (event.before() == null ? "" : event.before()) + " → "
                        + (event.after() == null ? "" : event.after()) + "]";
                String outcome = "ok".equals(event.outcomeText()) ? "" : "  (" + event.outcomeText() + ")";
                out.printf("%6d  %s  %-18s %-22s %s — %s%s%s%n", event.seq(), TIME.format(event.at()),
                        event.actor(), event.action(), event.subject(), event.detail(), change, outcome);
            }
            out.printf("%,d events%n", events.size());
        }
        return 0;
    }
}
