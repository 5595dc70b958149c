package org.steward.app.cli;

import java.util.concurrent.Callable;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steward changes reject ID --as USER}. */
@Command(name = "reject", mixinStandardHelpOptions = true,
        description = "Rejects a submitted change set with a reason (reviewer or compliance officer; never its"
                + " author).")
final class ChangesRejectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Mixin
    ActingUserMixin actor;

    @Parameters(paramLabel = "ID", description = "The change set's number.")
    long id;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why; the author reads it.")
    String reason;

    @Override
    public Integer call() {
        try (Workspace open = workspace.open()) {
            open.review().reject(id, actor.name(), reason);
            spec.commandLine().getOut().printf("Change set %d is now %s.%n", id,
                    open.review().changeSet(id).orElseThrow().status().label());
        }
        return 0;
    }
}
