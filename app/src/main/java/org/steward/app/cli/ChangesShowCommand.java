package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.steward.model.change.ChangeSetSummary;
import org.steward.model.change.ChangeState;
import org.steward.model.change.ProposedChange;
import org.steward.model.change.ReviewNote;
import org.steward.model.workspace.Workspace;
import org.steward.model.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steward changes show ID}: a change set's changes and review thread. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows a change set: its pending changes and its review thread.")
final class ChangesShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Parameters(paramLabel = "ID", description = "The change set's number.")
    long id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace open = workspace.open()) {
            ChangeSetSummary set = open.review().changeSet(id)
                    .orElseThrow(() -> new WorkspaceException("There is no change set " + id + " in this workspace."));
            out.printf("Change set %d, %s, by %s: %s%n", set.id(), set.status().label(), set.author(),
                    set.set().title());
            for (ProposedChange change : open.review().changes(id)) {
                String subject = open.catalog().entity(change.change().entityId())
                        .map(entity -> entity.qualifiedName()).orElse("#" + change.change().entityId());
                out.printf("  %6d  %s  %s%s%n", change.id(), subject, change.change().summary(),
                        change.state() == ChangeState.PENDING ? ""
                                : "  (" + change.state().name().toLowerCase(java.util.Locale.ROOT) + ")");
            }
            for (ReviewNote note : open.review().thread(id)) {
                out.printf("  %s  %s %s%s%n", note.at(), note.author(),
                        note.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                        note.body().isEmpty() ? "" : ": " + note.body());
            }
        }
        return 0;
    }
}
