package org.steward.model.masking;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.steward.model.classification.MaskingRule;

/** Reads rules written as text ({@code partial:6}, {@code generalise-year}…) and maps the taxonomy's defaults. */
public final class MaskingFunctions {
    public static final String SYNTAX = "redact, partial[:N], salted-hash, token, token:tokenise-domain, "
            + "generalise-year, generalise-area, generalise-age-band, generalise-ip";

    private MaskingFunctions() {
    }

    /** The rules offered in the app, in order of how much they keep. */
    public static List<MaskingFunction> choices() {
        return List.of(new Redact(), new SaltedHash(), new FormatPreservingToken(true),
                new FormatPreservingToken(false), new Generalisation(Granularity.YEAR),
                new Generalisation(Granularity.AREA), new Generalisation(Granularity.AGE_BAND),
                new Generalisation(Granularity.IP_NETWORK), new PartialMask(2), new PartialMask(4),
                new PartialMask(6));
    }

    /** Parses a rule's text form; throws {@link IllegalArgumentException} naming the accepted forms. */
    public static MaskingFunction parse(String text) {
        String rule = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (rule.startsWith("partial")) {
            return partial(rule);
        }
        switch (rule) {
            case "redact": return new Redact();
            case "salted-hash": case "hash": return new SaltedHash();
            case "token": case "format-preserving-token": return new FormatPreservingToken(true);
            case "token:tokenise-domain": return new FormatPreservingToken(false);
            default: break;
        }
        if (rule.startsWith("generalise-")) {
            String granularity = rule.substring("generalise-".length());
            Optional<Granularity> found = Arrays.stream(Granularity.values())
                    .filter(g -> g.id().equals(granularity) || granularity.equals("age") && g == Granularity.AGE_BAND)
                    .findFirst();
            if (found.isPresent()) {
                return new Generalisation(found.get());
            }
        }
        throw new IllegalArgumentException("unknown masking rule '" + text + "'; use one of: " + SYNTAX);
    }

    private static MaskingFunction partial(String rule) {
        if (rule.equals("partial") || rule.equals("partial-last-4")) {
            return new PartialMask();
        }
        if (rule.startsWith("partial:")) {
            try {
                return new PartialMask(Integer.parseInt(rule.substring("partial:".length())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("partial:N needs a whole number of characters to keep, not '"
                        + rule.substring("partial:".length()) + "'", e);
            }
        }
        throw new IllegalArgumentException("unknown masking rule '" + rule + "'; use one of: " + SYNTAX);
    }

    /** The function for a taxonomy default, fitted to the column: a year rule on a number masks an age. */
    public static MaskingFunction forRule(MaskingRule rule, ColumnKind kind) {
        return switch (rule) {
            case REDACT -> new Redact();
            case PARTIAL_LAST_4 -> new PartialMask();
            case SALTED_HASH -> new SaltedHash();
            case FORMAT_PRESERVING_TOKEN -> new FormatPreservingToken(true);
            case GENERALISE_YEAR -> new Generalisation(kind == ColumnKind.NUMBER ? Granularity.AGE_BAND
                    : Granularity.YEAR);
            case GENERALISE_AREA -> new Generalisation(Granularity.AREA);
        };
    }
}
