package org.steward.model.masking;

/**
 * Replaces every letter and digit with {@code *} except the last {@code keepLast}, keeping separators, and never
 * keeps more than half of a value's letters and digits (a short value shows little or nothing).
 */
public record PartialMask(int keepLast) implements MaskingFunction {
    public static final int DEFAULT_KEEP = 4;

    public PartialMask {
        if (keepLast < 0 || keepLast > 64) {
            throw new IllegalArgumentException("partial keeps between 0 and 64 characters, not " + keepLast);
        }
    }

    public PartialMask() {
        this(DEFAULT_KEEP);
    }

    @Override
    public String apply(String value, MaskingSalt salt) {
        if (value == null) {
            return null;
        }
        int[] codePoints = value.codePoints().toArray();
        int maskable = 0;
        for (int codePoint : codePoints) {
            maskable += MaskedCharacters.isSeparator(codePoint) ? 0 : 1;
        }
        int kept = Math.min(keepLast, maskable / 2);
        StringBuilder out = new StringBuilder(value.length());
        int fromRight = maskable;
        for (int codePoint : codePoints) {
            if (MaskedCharacters.isSeparator(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.appendCodePoint(fromRight > kept ? '*' : codePoint);
                fromRight--;
            }
        }
        return out.toString();
    }

    @Override
    public String id() {
        return "partial:" + keepLast;
    }

    @Override
    public String label() {
        return "Keep last " + keepLast;
    }

    @Override
    public int strictness() {
        return 1;
    }
}
