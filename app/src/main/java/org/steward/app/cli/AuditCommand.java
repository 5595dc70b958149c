package org.steward.app.cli;

import picocli.CommandLine.Command;

/** {@code steward audit}: the tamper-evident audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Verifies, lists and exports the workspace's hash-chained audit log.",
        subcommands = {AuditVerifyCommand.class, AuditListCommand.class, AuditExportCommand.class})
final class AuditCommand {
}
