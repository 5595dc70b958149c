package org.steward.model.change;

/**
 * A new value (blank to remove it) for one attribute of an entity, e.g. a dataset's declared {@code retention} or
 * the {@code dpia} reference that covers it.
 */
public record AttributeChange(long entityId, String key, String before, String after) implements Change {

    public AttributeChange {
        if (key == null || key.isBlank() || key.contains("\n")) {
            throw new IllegalArgumentException("an attribute needs a one-line name");
        }
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.ATTRIBUTE;
    }

    @Override
    public String summary() {
        return "attribute " + key + ": " + ChangeText.quote(before) + " → " + ChangeText.quote(after);
    }
}
