package org.steward.app.cli;

import picocli.CommandLine.Command;

/** {@code steward changes}: review of change sets without the app, for automation and tests. */
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = "Lists, shows and reviews change sets. Every step is checked against the acting user's roles"
                + " and the four-eyes rule, and audited.",
        subcommands = {ChangesListCommand.class, ChangesShowCommand.class, ChangesSubmitCommand.class,
            ChangesApproveCommand.class, ChangesRejectCommand.class, ChangesCommentCommand.class,
            ChangesReopenCommand.class})
final class ChangesCommand {
}
