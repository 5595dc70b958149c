package org.steward.model.masking;

/**
 * One way of masking a column's values. Every function is deterministic for a given salt, keeps {@code null} as
 * {@code null}, and has an SQL twin in the generated DDL that gives the same text (see docs/masking.md).
 */
public sealed interface MaskingFunction permits Redact, PartialMask, SaltedHash, FormatPreservingToken,
        Generalisation {

    /** What replaces a value that is hidden completely. */
    String REDACTED = "[redacted]";

    String apply(String value, MaskingSalt salt);

    /** The stored and command-line form, e.g. {@code partial:4}; {@link MaskingFunctions#parse} reads it back. */
    String id();

    /** A short description for people, e.g. "Keep last 4". */
    String label();

    /** How much of a value the function hides; when a column carries several labels the strictest rule wins. */
    int strictness();
}
