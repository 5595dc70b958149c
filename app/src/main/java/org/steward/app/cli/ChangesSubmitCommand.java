package org.steward.app.cli;

import java.util.concurrent.Callable;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steward changes submit ID --as USER}. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Submits your open change set for review (you must be its author and a steward).")
final class ChangesSubmitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Mixin
    ActingUserMixin actor;

    @Parameters(paramLabel = "ID", description = "The change set's number.")
    long id;


    @Override
    public Integer call() {
        try (Workspace open = workspace.open()) {
            open.review().submit(id, actor.name());
            spec.commandLine().getOut().printf("Change set %d is now %s.%n", id,
                    open.review().changeSet(id).orElseThrow().status().label());
        }
        return 0;
    }
}
