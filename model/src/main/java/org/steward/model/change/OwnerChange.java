package org.steward.model.change;

/** A new owner (an owner id, blank for none) for an entity. */
public record OwnerChange(long entityId, String before, String after) implements Change {

    public OwnerChange {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.OWNER;
    }

    @Override
    public String summary() {
        return "owner: " + ChangeText.quote(before) + " → " + ChangeText.quote(after);
    }
}
