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

    /** Applies this change to {@code attributes}: a blank value removes the attribute. */
    public void applyTo(java.util.Map<String, String> attributes) {
        if (after.isBlank()) {
            attributes.remove(key);
        } else {
            attributes.put(key, after);
        }
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
