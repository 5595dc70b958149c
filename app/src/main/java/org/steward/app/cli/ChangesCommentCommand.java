package org.steward.app.cli;

import java.util.concurrent.Callable;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steward changes comment ID --as USER}. */
@Command(name = "comment", mixinStandardHelpOptions = true,
        description = "Adds a comment to a change set's review thread.")
final class ChangesCommentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Mixin
    ActingUserMixin actor;

    @Parameters(paramLabel = "ID", description = "The change set's number.")
    long id;

    @Option(names = "--text", paramLabel = "TEXT", required = true, description = "The comment.")
    String text;

    @Override
    public Integer call() {
        try (Workspace open = workspace.open()) {
            open.review().comment(id, actor.name(), text);
            spec.commandLine().getOut().printf("Change set %d is now %s.%n", id,
                    open.review().changeSet(id).orElseThrow().status().label());
        }
        return 0;
    }
}
