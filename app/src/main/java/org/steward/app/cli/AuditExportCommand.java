package org.steward.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.steward.app.Connectors;
import org.steward.app.UserError;
import org.steward.model.audit.AuditReport;
import org.steward.model.audit.AuditReportWriter;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steward audit export}: the filtered log and the chain's verification as a CSV or PDF file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the audit events matching the filters, with the chain's verification, to a .csv or"
                + " .pdf file.")
final class AuditExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Mixin
    AuditFilterMixin filter;

    @Mixin
    ActingUserMixin actor;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "A .csv or .pdf file.")
    Path out;

    @Override
    public Integer call() throws IOException {
        String name = out.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1)
                .toLowerCase(Locale.ROOT) : "";
        AuditReportWriter writer = Connectors.auditReportWriters().stream()
                .filter(candidate -> candidate.extension().equals(extension)).findFirst()
                .orElseThrow(() -> new UserError("cannot tell the format of " + out + ": name it .csv or .pdf"));
        AuditReport report;
        try (Workspace open = workspace.open()) {
            report = open.audit().report(open.name(), filter.query(), actor.name());
        }
        Path target = out.toAbsolutePath();
        try {
            writer.write(report, target);
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + e.getMessage());
        }
        spec.commandLine().getOut().printf("Wrote %,d events to %s (%s; chain %s).%n", report.events().size(),
                target, writer.format(), report.verificationText());
        return 0;
    }
}
