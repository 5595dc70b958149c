package org.steward.app.cli;

import org.steward.model.change.ChangeReview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code steward changes approve ID --as USER}. */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Approves a submitted change set (reviewer or compliance officer; never its author).")
final class ChangesApproveCommand extends ChangeSetStepCommand {

    @Option(names = "--comment", paramLabel = "TEXT", description = "An optional comment.")
    String comment = "";

    @Override
    void step(ChangeReview review, long changeSetId, String actingUser) {
        review.approve(changeSetId, actingUser, comment);
    }
}
