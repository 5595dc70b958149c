package org.steward.app.cli;

import java.util.concurrent.Callable;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steward changes approve ID --as USER}. */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Approves a submitted change set (reviewer or compliance officer; never its author).")
final class ChangesApproveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Mixin
    ActingUserMixin actor;

    @Parameters(paramLabel = "ID", description = "The change set's number.")
    long id;

    @Option(names = "--comment", paramLabel = "TEXT", description = "An optional comment.")
    String comment = "";

    @Override
    public Integer call() {
        try (Workspace open = workspace.open()) {
            open.review().approve(id, actor.name(), comment);
            spec.commandLine().getOut().printf("Change set %d is now %s.%n", id,
                    open.review().changeSet(id).orElseThrow().status().label());
        }
        return 0;
    }
}
