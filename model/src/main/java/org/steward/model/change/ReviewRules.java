package org.steward.model.change;

import java.util.Optional;
import java.util.Set;
import org.steward.model.identity.Permission;
import org.steward.model.identity.User;

/**
 * Who may take which review step on a change set in which status: one place for the service (which refuses) and
 * the screens (which disable the action and say why).
 */
final class ReviewRules {

    private ReviewRules() {
    }

    static Optional<String> whyNot(ReviewAction action, ChangeSetSummary set, User user, Set<String> changeAuthors) {
        String subject = "change set " + set.id();
        return switch (action) {
            case SUBMIT -> first(
                    status(set, ChangeSetStatus.OPEN, "Only an open change set can be submitted"),
                    authorOnly(set, user, "submit"),
                    permission(user, Permission.EDIT),
                    set.pendingChanges() == 0 ? Optional.of(subject + " has no pending changes to submit.")
                            : Optional.empty());
            case APPROVE, REJECT -> first(
                    status(set, ChangeSetStatus.SUBMITTED, "Only a submitted change set can be "
                            + (action == ReviewAction.APPROVE ? "approved" : "rejected")),
                    permission(user, Permission.REVIEW),
                    fourEyes(set, user, changeAuthors, action));
            case REOPEN -> first(
                    status(set, ChangeSetStatus.REJECTED, "Only a rejected change set can be reopened"),
                    authorOnly(set, user, "reopen"),
                    permission(user, Permission.EDIT));
            case COMMENT -> permission(user, Permission.COMMENT);
        };
    }

    private static Optional<String> status(ChangeSetSummary set, ChangeSetStatus required, String rule) {
        return set.status() == required ? Optional.empty()
                : Optional.of(rule + "; change set " + set.id() + " is " + set.status().label() + ".");
    }

    private static Optional<String> authorOnly(ChangeSetSummary set, User user, String verb) {
        return set.author().equals(user.name()) ? Optional.empty()
                : Optional.of("Only " + set.author() + ", its author, can " + verb + " change set " + set.id() + ".");
    }

    private static Optional<String> permission(User user, Permission permission) {
        return user.can(permission) ? Optional.empty() : Optional.of(user.name() + " (" + user.rolesText()
                + ") may not " + permission.description() + ".");
    }

    private static Optional<String> fourEyes(ChangeSetSummary set, User user, Set<String> changeAuthors,
                                             ReviewAction action) {
        if (set.author().equals(user.name())) {
            return Optional.of("Four-eyes rule: " + user.name() + " wrote change set " + set.id()
                    + " and cannot " + action.verb() + " it; another reviewer must.");
        }
        if (changeAuthors.contains(user.name())) {
            return Optional.of("Four-eyes rule: " + user.name() + " proposed changes in change set " + set.id()
                    + " and cannot " + action.verb() + " it; another reviewer must.");
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... reasons) {
        for (Optional<String> reason : reasons) {
            if (reason.isPresent()) {
                return reason;
            }
        }
        return Optional.empty();
    }
}
