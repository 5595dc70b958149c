package org.steward.model.masking;

import java.util.HexFormat;

/** Lower-case hex SHA-256 of the salt followed by the value: equal values stay joinable, nothing is readable. */
public record SaltedHash() implements MaskingFunction {

    @Override
    public String apply(String value, MaskingSalt salt) {
        return value == null ? null : HexFormat.of().formatHex(Digests.sha256(salt.value() + value));
    }

    @Override
    public String id() {
        return "salted-hash";
    }

    @Override
    public String label() {
        return "Salted hash (SHA-256)";
    }

    @Override
    public int strictness() {
        return 4;
    }
}
