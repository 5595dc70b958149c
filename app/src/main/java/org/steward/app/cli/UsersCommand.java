package org.steward.app.cli;

import picocli.CommandLine.Command;

/** {@code steward users}: the workspace's local identities and roles. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Lists and adds workspace users and their roles (admin, steward, reviewer, compliance officer,"
                + " viewer).",
        subcommands = {UsersListCommand.class, UsersAddCommand.class})
final class UsersCommand {
}
