package org.steward.model.change;

/** The steps of review; {@link ChangeReview#whyNot} tells whether a user may take one now. */
public enum ReviewAction {
    SUBMIT("submit"),
    APPROVE("approve"),
    REJECT("reject"),
    REOPEN("reopen"),
    COMMENT("comment on");

    private final String verb;

    ReviewAction(String verb) {
        this.verb = verb;
    }

    public String verb() {
        return verb;
    }
}
