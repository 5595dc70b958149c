package org.steward.model.masking;

/** Hides the whole value. */
public record Redact() implements MaskingFunction {

    @Override
    public String apply(String value, MaskingSalt salt) {
        return value == null ? null : REDACTED;
    }

    @Override
    public String id() {
        return "redact";
    }

    @Override
    public String label() {
        return "Redact";
    }

    @Override
    public int strictness() {
        return 5;
    }
}
