package org.steward.app.cli;

import org.steward.model.change.ChangeReview;
import picocli.CommandLine.Command;

/** {@code steward changes submit ID --as USER}. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Submits your open change set for review (you must be its author and a steward).")
final class ChangesSubmitCommand extends ChangeSetStepCommand {

    @Override
    void step(ChangeReview review, long changeSetId, String actingUser) {
        review.submit(changeSetId, actingUser);
    }
}
