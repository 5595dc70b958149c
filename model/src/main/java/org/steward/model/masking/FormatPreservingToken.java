package org.steward.model.masking;

/**
 * A deterministic token of the same length and shape: each digit becomes a digit, each letter a letter of the same
 * case, separators stay, all chosen from SHA-256 of the salt, {@code token:} and the whole value. A card-number shape
 * (13 to 19 digits with spaces or hyphens) gets a valid Luhn check digit; an e-mail keeps its domain unless
 * {@code keepEmailDomain} is off. Not reversible: it is a pseudonym, not encryption.
 */
public record FormatPreservingToken(boolean keepEmailDomain) implements MaskingFunction {
    static final String DOMAIN_SEPARATION = "token:";
    static final String CARD_SHAPE = "^[0-9][0-9 -]*[0-9]$";
    static final int CARD_MIN_DIGITS = 13;
    static final int CARD_MAX_DIGITS = 19;

    public FormatPreservingToken() {
        this(true);
    }

    @Override
    public String apply(String value, MaskingSalt salt) {
        if (value == null) {
            return null;
        }
        byte[] digest = Digests.sha256(salt.value() + DOMAIN_SEPARATION + value);
        int at = value.lastIndexOf('@');
        if (keepEmailDomain && at >= 0) {
            return tokenise(value.substring(0, at), digest) + value.substring(at);
        }
        if (looksLikeCard(value)) {
            return withLuhnDigit(tokenise(value, digest));
        }
        return tokenise(value, digest);
    }

    static String tokenise(String value, byte[] digest) {
        StringBuilder out = new StringBuilder(value.length());
        int[] index = {0};
        value.codePoints().forEach(codePoint -> out.appendCodePoint(
                MaskedCharacters.replacement(codePoint, MaskedCharacters.seed(digest, index[0]++))));
        return out.toString();
    }

    static boolean looksLikeCard(String value) {
        if (!value.matches(CARD_SHAPE)) {
            return false;
        }
        long digits = value.chars().filter(MaskedCharacters::isDigit).count();
        return digits >= CARD_MIN_DIGITS && digits <= CARD_MAX_DIGITS;
    }

    /** Replaces the last digit with the Luhn check digit of the digits before it. */
    static String withLuhnDigit(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        int sum = 0;
        int payload = digits.length() - 1;
        for (int i = 0; i < payload; i++) {
            int digit = digits.charAt(i) - '0';
            sum += (payload - i) % 2 == 1 ? (2 * digit) / 10 + (2 * digit) % 10 : digit;
        }
        int check = (10 - sum % 10) % 10;
        int last = number.length() - 1;
        while (!MaskedCharacters.isDigit(number.charAt(last))) {
            last--;
        }
        return number.substring(0, last) + check + number.substring(last + 1);
    }

    @Override
    public String id() {
        return keepEmailDomain ? "token" : "token:tokenise-domain";
    }

    @Override
    public String label() {
        return keepEmailDomain ? "Format-preserving token" : "Format-preserving token, e-mail domain too";
    }

    @Override
    public int strictness() {
        return 3;
    }
}
