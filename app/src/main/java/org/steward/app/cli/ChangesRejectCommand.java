package org.steward.app.cli;

import org.steward.model.change.ChangeReview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code steward changes reject ID --as USER}. */
@Command(name = "reject", mixinStandardHelpOptions = true,
        description = "Rejects a submitted change set with a reason (reviewer or compliance officer; never its"
                + " author).")
final class ChangesRejectCommand extends ChangeSetStepCommand {

    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why; the author reads it.")
    String reason;

    @Override
    void step(ChangeReview review, long changeSetId, String actingUser) {
        review.reject(changeSetId, actingUser, reason);
    }
}
