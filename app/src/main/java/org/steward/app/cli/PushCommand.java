package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.steward.app.Connectors;
import org.steward.model.change.ChangeSet;
import org.steward.model.push.PushListener;
import org.steward.model.push.PushRecord;
import org.steward.model.push.PushResult;
import org.steward.model.push.PushState;
import org.steward.model.push.PushTarget;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code steward push}: sends approved change sets to Apache Atlas. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Pushes approved change sets (and partly failed ones again) to Apache Atlas.",
            "Each change is read back from Atlas first: one already there is not sent",
            "again, one changed on Atlas since the pull is marked conflicted (resolve it in",
            "the Push area). Safe to run again after a crash."},
        footer = {"", "Exit codes: 0 every change applied, 1 some failed or conflicted, 2 an error."})
final class PushCommand implements Callable<Integer> {
    static final int SOME_NOT_APPLIED = 1;
    static final int ERROR = 2;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Mixin
    ActingUserMixin actor;

    @Mixin
    PlatformTargetOptions platform;

    @ParentCommand
    StewardCommand root;

    @Option(names = "--change-set", paramLabel = "ID", description = "Push only this change set.")
    Long changeSet;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "100",
            description = "Changes read and sent together (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace open = workspace.open()) {
            List<ChangeSet> sets = open.pushes().pushable().stream()
                    .filter(set -> changeSet == null || set.id() == changeSet).toList();
            if (sets.isEmpty()) {
                out.println(changeSet == null ? "No approved change sets to push."
                        : "Change set " + changeSet + " is not approved (or already pushed).");
                return changeSet == null ? 0 : ERROR;
            }
            PlatformTargetOptions.Connection connection = platform.open(root.directories());
            PushTarget target = Connectors.pushTargets(connection.secrets()).open(connection.endpoint());
            boolean allApplied = true;
            for (ChangeSet set : sets) {
                long start = System.nanoTime();
                PushResult result = open.pushEngine(batchSize).push(set.id(), target, actor.name(),
                        new PushListener() {
                            @Override
                            public void breaker(org.steward.model.push.BreakerState state, String reason) {
                                err.println("steward: Atlas " + state.name().toLowerCase().replace('_', '-')
                                        + ": " + reason);
                                err.flush();
                            }
                        }, () -> Thread.currentThread().isInterrupted());
                allApplied &= result.complete();
                report(out, open, set, result, (System.nanoTime() - start) / 1_000_000);
            }
            return allApplied ? 0 : SOME_NOT_APPLIED;
        } catch (RuntimeException e) {
            err.println("steward: push failed: " + e.getMessage());
            err.flush();
            return ERROR;
        }
    }

    private static void report(PrintWriter out, Workspace workspace, ChangeSet set, PushResult result, long millis) {
        out.printf("Change set %d \"%s\": %s — %d applied, %d failed, %d conflicted, %d dropped; %,d requests in"
                        + " %,d ms%n", set.id(), set.title(),
                result.status().map(s -> s.name().toLowerCase().replace('_', ' ')).orElse("cancelled"),
                result.count(PushState.APPLIED), result.count(PushState.FAILED), result.count(PushState.CONFLICTED),
                result.count(PushState.DROPPED), result.requests(), millis);
        for (PushRecord record : workspace.pushes().forSet(set.id())) {
            if (record.state() == PushState.FAILED) {
                out.printf("  change %d failed: %s%n", record.changeId(), record.lastError());
            } else if (record.state() == PushState.CONFLICTED) {
                out.printf("  change %d conflicted: %s (theirs: %s)%n", record.changeId(),
                        record.change().summary(), record.conflict().map(c -> c.theirs()).orElse(""));
            }
        }
    }
}
