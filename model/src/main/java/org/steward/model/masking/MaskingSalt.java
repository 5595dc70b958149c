package org.steward.model.masking;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The workspace's secret for salted hashes and tokens. It never shows in {@link #toString()}, logs or generated DDL
 * unless the user asks for it.
 */
public record MaskingSalt(String value) {
    private static final int BYTES = 32;

    public MaskingSalt {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a masking salt cannot be empty");
        }
    }

    public static MaskingSalt generate() {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        return new MaskingSalt(HexFormat.of().formatHex(bytes));
    }

    @Override
    public String toString() {
        return "MaskingSalt[hidden]";
    }
}
