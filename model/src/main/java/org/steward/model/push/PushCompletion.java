package org.steward.model.push;

import java.util.Map;
import java.util.stream.Collectors;
import org.steward.model.change.ChangeReview;
import org.steward.model.change.ChangeSetStatus;
import org.steward.model.identity.NotPermittedException;
import org.steward.model.identity.Permission;
import org.steward.model.identity.UserDirectory;

/**
 * Who may push, and how a push ends for its change set: pushed when every change is applied (or dropped by the
 * user), else partly failed; recorded through the review service so the set's review thread shows it.
 */
public final class PushCompletion {
    private final PushStore store;
    private final ChangeReview review;
    private final UserDirectory users;

    public PushCompletion(PushStore store, ChangeReview review, UserDirectory users) {
        this.store = store;
        this.review = review;
        this.users = users;
    }

    /** Refuses before anything is sent when {@code actor} could not record the outcome. */
    public void checkMayPush(long changeSetId, String actor) {
        users.whyNot(actor, Permission.COMMENT).ifPresent(reason -> {
            throw new NotPermittedException(reason);
        });
    }

    public ChangeSetStatus finish(long changeSetId, String actor) {
        Map<PushState, Integer> counts = store.counts(changeSetId);
        boolean done = counts.keySet().stream().allMatch(PushState::isDone);
        String detail = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase().replace('_', ' '))
                .collect(Collectors.joining(", "));
        if (done) {
            review.markPushed(changeSetId, actor, detail);
            return ChangeSetStatus.PUSHED;
        }
        review.markPartlyFailed(changeSetId, actor, detail);
        return ChangeSetStatus.PARTLY_FAILED;
    }
}
