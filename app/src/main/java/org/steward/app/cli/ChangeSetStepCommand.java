package org.steward.app.cli;

import java.util.concurrent.Callable;
import org.steward.model.change.ChangeReview;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** One review step on one change set ({@code steward changes submit|approve|reject|comment|reopen ID --as USER}). */
abstract class ChangeSetStepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Mixin
    ActingUserMixin actor;

    @Parameters(paramLabel = "ID", description = "The change set's number.")
    long id;

    /** Takes the step; the review service checks roles and the four-eyes rule and audits it. */
    abstract void step(ChangeReview review, long changeSetId, String actingUser);

    @Override
    public final Integer call() {
        try (Workspace open = workspace.open()) {
            step(open.review(), id, actor.name());
            spec.commandLine().getOut().printf("Change set %d is now %s.%n", id,
                    open.review().changeSet(id).orElseThrow().status().label());
        }
        return 0;
    }
}
