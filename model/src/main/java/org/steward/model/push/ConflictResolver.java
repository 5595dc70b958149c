package org.steward.model.push;

import java.util.Arrays;
import java.util.List;
import org.steward.model.change.Change;
import org.steward.model.change.ChangeSetStore;
import org.steward.model.change.DescriptionChange;
import org.steward.model.change.GlossaryTermsChange;
import org.steward.model.change.OwnerChange;
import org.steward.model.change.ProposedChange;
import org.steward.model.workspace.WorkspaceException;

/**
 * What the user does with a conflicted change: rebase it (take the platform's value as the new base and propose
 * their value again, as it was or edited, into their open change set for review) or drop it. Nothing on the
 * platform is ever overwritten without that decision.
 */
public final class ConflictResolver {
    private final PushStore pushes;
    private final ChangeSetStore changes;
    private final PushCompletion completion;

    public ConflictResolver(PushStore pushes, ChangeSetStore changes, PushCompletion completion) {
        this.pushes = pushes;
        this.changes = changes;
        this.completion = completion;
    }

    /** Proposes {@code mine} (the original value when null) on top of the platform's value; drops the old one. */
    public ProposedChange rebase(long changeId, String actor, String mine) {
        PushRecord record = conflicted(changeId);
        Conflict conflict = record.conflict().orElseThrow();
        String value = mine == null ? conflict.mine() : mine;
        Change rebased = rebased(record.change(), conflict.theirs(), value);
        ProposedChange proposed = changes.propose(rebased, actor);
        pushes.drop(changeId, actor, "rebased on the platform's value as change " + proposed.id()
                + " in change set " + proposed.changeSetId());
        completion.finish(record.changeSetId(), actor);
        return proposed;
    }

    public void drop(long changeId, String actor) {
        PushRecord record = conflicted(changeId);
        pushes.drop(changeId, actor, "dropped after a conflict; the platform's value stays");
        completion.finish(record.changeSetId(), actor);
    }

    private PushRecord conflicted(long changeId) {
        PushRecord record = pushes.find(changeId).orElseThrow(() -> new WorkspaceException(
                "Change " + changeId + " has not been pushed."));
        if (record.state() != PushState.CONFLICTED || record.conflict().isEmpty()) {
            throw new WorkspaceException("Change " + changeId + " is " + record.state().name().toLowerCase()
                    + ", not conflicted.");
        }
        return record;
    }

    private static Change rebased(Change change, String theirs, String mine) {
        if (change instanceof DescriptionChange description) {
            return new DescriptionChange(description.entityId(), theirs, mine);
        } else if (change instanceof OwnerChange owner) {
            return new OwnerChange(owner.entityId(), theirs, mine);
        } else if (change instanceof GlossaryTermsChange terms) {
            return new GlossaryTermsChange(terms.entityId(), lines(theirs), lines(mine));
        }
        throw new WorkspaceException("A " + change.kind().name().toLowerCase().replace('_', ' ')
                + " change cannot be rebased; drop it and propose it again.");
    }

    private static List<String> lines(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.split("\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
