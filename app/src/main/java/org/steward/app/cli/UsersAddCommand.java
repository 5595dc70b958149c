package org.steward.app.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.steward.app.UserError;
import org.steward.model.identity.Role;
import org.steward.model.identity.User;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steward users add NAME --role ROLE… --as ADMIN}: adds a user or replaces their roles. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Adds a user, or replaces an existing user's roles; only an admin may.")
final class UsersAddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Mixin
    ActingUserMixin actor;

    @Parameters(paramLabel = "NAME", description = "The user's name, e.g. rhea.reviewer.")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", required = true,
            description = "admin, steward, reviewer, compliance-officer or viewer; repeat for several.")
    List<String> roles;

    @Override
    public Integer call() {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        for (String role : roles) {
            parsed.add(Role.parse(role).orElseThrow(() -> new UserError("unknown role '" + role
                    + "': use admin, steward, reviewer, compliance-officer or viewer")));
        }
        try (Workspace open = workspace.open()) {
            User saved = open.users().save(actor.name(), name, parsed);
            spec.commandLine().getOut().printf("%s: %s%n", saved.name(), saved.rolesText());
        }
        return 0;
    }
}
