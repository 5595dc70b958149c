package org.steward.app.cli;

import org.steward.model.change.ChangeReview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code steward changes comment ID --as USER}. */
@Command(name = "comment", mixinStandardHelpOptions = true,
        description = "Adds a comment to a change set's review thread.")
final class ChangesCommentCommand extends ChangeSetStepCommand {

    @Option(names = "--text", paramLabel = "TEXT", required = true, description = "The comment.")
    String text;

    @Override
    void step(ChangeReview review, long changeSetId, String actingUser) {
        review.comment(changeSetId, actingUser, text);
    }
}
