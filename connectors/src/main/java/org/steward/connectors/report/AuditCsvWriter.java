package org.steward.connectors.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.steward.model.audit.AuditEvent;
import org.steward.model.audit.AuditReport;
import org.steward.model.audit.AuditReportWriter;

/** The audit log as RFC 4180 CSV in UTF-8, one row per event with its hashes, so the chain can be re-checked. */
public final class AuditCsvWriter implements AuditReportWriter {
    static final List<String> HEADER = List.of("seq", "time", "actor", "action", "subject", "detail", "before",
            "after", "outcome", "previous_hash", "hash");

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(AuditReport report, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        row(writer, HEADER);
        for (AuditEvent event : report.events()) {
            row(writer, List.of(Long.toString(event.seq()), event.at().toString(), event.actor(), event.action(),
                    event.subject(), event.detail(), nullToEmpty(event.before()), nullToEmpty(event.after()),
                    event.outcomeText(), event.previousHash(), event.hash()));
        }
        writer.flush();
    }

    private static void row(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(cells.get(i)));
        }
        writer.write("\r\n");
    }

    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
