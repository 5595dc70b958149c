package org.steward.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.steward.model.identity.User;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code steward users list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the workspace's users and roles.")
final class UsersListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Override
    public Integer call() {
        List<User> users;
        try (Workspace open = workspace.open()) {
            users = open.users().list();
        }
        for (User user : users) {
            spec.commandLine().getOut().printf("%-24s %s%n", user.name(), user.rolesText());
        }
        if (users.isEmpty()) {
            spec.commandLine().getOut().println("No users yet: the first to act becomes the admin.");
        }
        return 0;
    }
}
