package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.model.audit.AuditVerification;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code steward audit verify}: re-computes the hash chain; exit 0 intact, 1 tampered, 2 could not check. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-computes every hash of the audit log and names the first row that does not hold.",
            "Exit codes: 0 intact, 1 tampered (the row is named), 2 the log could not be checked."})
final class AuditVerifyCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(AuditVerifyCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AuditVerification result;
        try (Workspace open = workspace.open()) {
            result = open.audit().verify();
        } catch (RuntimeException e) {
            LOG.warn("audit verify could not check {}", workspace.directory, e);
            err.println("steward: cannot verify the audit log of " + workspace.directory + ": " + e.getMessage());
            return StewardCli.INTERNAL_ERROR;
        }
        if (result.intact()) {
            out.printf("Audit log intact: %,d events checked.%n", result.eventsChecked());
            return 0;
        }
        out.printf("Audit log TAMPERED at event %d: %s.%n", result.firstBadSeq().getAsLong(), result.problem());
        return StewardCli.USER_ERROR;
    }
}
