package org.steward.app.cli;

import org.steward.model.change.ChangeReview;
import picocli.CommandLine.Command;

/** {@code steward changes reopen ID --as USER}. */
@Command(name = "reopen", mixinStandardHelpOptions = true,
        description = "Reopens your rejected change set so you can fix it and submit again.")
final class ChangesReopenCommand extends ChangeSetStepCommand {

    @Override
    void step(ChangeReview review, long changeSetId, String actingUser) {
        review.reopen(changeSetId, actingUser);
    }
}
