package org.steward.model.masking;

/**
 * The character classes masking keeps. Only ASCII digits and letters keep their class; any character past ASCII
 * counts as a lower-case letter (so no script leaks), and the rest of ASCII (spaces, punctuation) are separators that
 * stay as they are. Classes go by code point, so PostgreSQL's {@code ascii()} and Java agree whatever the locale.
 */
final class MaskedCharacters {
    static final int BLOCK = 32;
    static final int SPREAD = 7;

    private MaskedCharacters() {
    }

    static boolean isSeparator(int codePoint) {
        return codePoint < 128 && !isDigit(codePoint) && !isUpper(codePoint) && !isLower(codePoint);
    }

    static boolean isDigit(int codePoint) {
        return codePoint >= '0' && codePoint <= '9';
    }

    static boolean isUpper(int codePoint) {
        return codePoint >= 'A' && codePoint <= 'Z';
    }

    static boolean isLower(int codePoint) {
        return codePoint >= 'a' && codePoint <= 'z';
    }

    /** The character that replaces {@code codePoint}, picked by {@code seed} within the character's class. */
    static int replacement(int codePoint, int seed) {
        if (isDigit(codePoint)) {
            return '0' + seed % 10;
        }
        if (isUpper(codePoint)) {
            return 'A' + seed % 26;
        }
        if (isSeparator(codePoint)) {
            return codePoint;
        }
        return 'a' + seed % 26;
    }

    /** The seed for the character at code-point index {@code index}: a digest byte, varied past every 32. */
    static int seed(byte[] digest, int index) {
        return (digest[index % BLOCK] & 0xff) + SPREAD * (index / BLOCK);
    }
}
