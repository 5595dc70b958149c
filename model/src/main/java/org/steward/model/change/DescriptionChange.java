package org.steward.model.change;

/** A new description for an entity. */
public record DescriptionChange(long entityId, String before, String after) implements Change {

    public DescriptionChange {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.DESCRIPTION;
    }

    @Override
    public String summary() {
        return "description: " + ChangeText.quote(before) + " → " + ChangeText.quote(after);
    }
}
