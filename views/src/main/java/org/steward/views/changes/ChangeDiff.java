package org.steward.views.changes;

import java.util.List;
import org.steward.model.change.Change;
import org.steward.model.change.ChangeState;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.change.ClassificationRemoved;
import org.steward.model.change.DescriptionChange;
import org.steward.model.change.GlossaryTermsChange;
import org.steward.model.change.OwnerChange;
import org.steward.model.change.ProposedChange;

/**
 * One change as the review shows it: what kind, the value before and after, and for descriptions the word diff.
 *
 * @param words   the word diff of before and after; empty when the kind has no text to compare
 * @param state   pending, or applied or dropped by a push
 */
public record ChangeDiff(long changeId, String kind, String before, String after, List<DiffSegment> words,
                         ChangeState state) {

    public ChangeDiff {
        words = List.copyOf(words);
    }

    public ChangeDiff(long changeId, String kind, String before, String after, List<DiffSegment> words) {
        this(changeId, kind, before, after, words, ChangeState.PENDING);
    }

    public static ChangeDiff of(ProposedChange proposed) {
        ChangeDiff diff = unapplied(proposed);
        return new ChangeDiff(diff.changeId(), diff.kind(), diff.before(), diff.after(), diff.words(),
                proposed.state());
    }

    private static ChangeDiff unapplied(ProposedChange proposed) {
        String kind = proposed.change().kind().label();
        Change change = proposed.change();
        if (change instanceof DescriptionChange description) {
            return new ChangeDiff(proposed.id(), kind, description.before(), description.after(),
                    WordDiff.diff(description.before(), description.after()));
        }
        if (change instanceof OwnerChange owner) {
            return new ChangeDiff(proposed.id(), kind, owner.before(), owner.after(), List.of());
        }
        if (change instanceof GlossaryTermsChange terms) {
            return new ChangeDiff(proposed.id(), kind, String.join(", ", terms.before()),
                    String.join(", ", terms.after()), List.of());
        }
        if (change instanceof ClassificationAdded) {
            return new ChangeDiff(proposed.id(), kind, "",
                    change.summary().replaceFirst("^classification added: ", ""), List.of());
        }
        if (change instanceof ClassificationRemoved removed) {
            return new ChangeDiff(proposed.id(), kind, removed.classification(), "", List.of());
        }
        return new ChangeDiff(proposed.id(), kind, "", change.summary(), List.of());
    }
}
