package org.steward.model.classification.suggest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.steward.model.classification.ColumnWords;

/**
 * Suggests a classification from a column name alone, in English, German, French, Spanish, Dutch, Portuguese and
 * Italian with common abbreviations. A name that describes a property of the data rather than the data
 * ({@code email_sent_count}, {@code zip_file_name}, {@code ip_protocol_version}, {@code phone_verified}) suggests
 * nothing. Weak words ({@code city}, {@code name} on its own, {@code lat}) get a confidence below the default
 * threshold, so they count only when the sample values agree.
 */
public final class NameDetector {

    private static final Set<String> PROPERTY_WORDS = Set.of(
            "count", "cnt", "num", "sent", "opened", "clicked", "clicks", "bounced", "bounce", "flag", "is", "has",
            "valid", "validated", "verified", "protocol", "version", "type", "format", "status", "enabled",
            "template", "file", "domain", "length", "len", "pct", "ratio", "rate", "total", "opt", "optin",
            "consent", "provider", "server", "port", "subject", "body", "campaign", "range", "mask", "band",
            "bucket", "group", "points", "id", "key", "code", "policy", "column", "field", "missing", "changed",
            "updated", "last4", "bin", "expiry", "country", "prefix", "distance", "radius", "accuracy", "hours",
            "days", "avg", "sum", "min", "max", "score", "store", "warehouse", "supplier", "vendor", "company",
            "product", "brand", "category", "tier");
    private static final Set<String> KEEP_DESPITE_PROPERTY = Set.of(
            "national id", "tax id", "device id", "advertising id", "patient id", "member id", "postal code",
            "account number", "account no", "acct no", "acct num", "bank account", "diagnosis code", "icd code",
            "zip code", "post code", "code postal", "steuer id", "blood type", "card number", "card no", "card num",
            "cc num", "cc number", "card pan");
    private static final List<List<String>> KEPT_TERMS = KEEP_DESPITE_PROPERTY.stream().map(ColumnWords::of).toList();
    private static final Set<String> STOPWORDS = Set.of("de", "di", "da", "do", "du", "del", "of", "the");
    private static final Set<String> HASH_WORDS = Set.of("hash", "hashed", "sha", "sha256", "sha1", "md5", "digest");

    private final List<NameRule> rules;

    public NameDetector() {
        this(NameVocabulary.RULES);
    }

    NameDetector(List<NameRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Optional<Suggestion> detect(String columnName) {
        List<String> words = withoutStopwords(ColumnWords.of(columnName));
        if (words.isEmpty()) {
            return Optional.empty();
        }
        boolean property = propertyWordOutsideKeptTerms(words);
        for (NameRule rule : rules) {
            String term = rule.match(words);
            if (term == null || property) {
                continue;
            }
            if (words.stream().anyMatch(HASH_WORDS::contains)) {
                return Optional.of(new Suggestion("PII.Pseudonymised", 0.8,
                        "name says '" + term + "' hashed: '" + columnName + "'"));
            }
            return Optional.of(new Suggestion(rule.classification(), rule.confidence(),
                    "name matches '" + term + "'"));
        }
        return Optional.empty();
    }

    static List<String> withoutStopwords(List<String> words) {
        return words.stream().filter(word -> !STOPWORDS.contains(word)).toList();
    }

    /** A property word vetoes the name, except inside a term such as {@code device id} or {@code zip code}. */
    private static boolean propertyWordOutsideKeptTerms(List<String> words) {
        boolean[] kept = new boolean[words.size()];
        for (List<String> term : KEPT_TERMS) {
            for (int start = 0; start + term.size() <= words.size(); start++) {
                if (words.subList(start, start + term.size()).equals(term)) {
                    Arrays.fill(kept, start, start + term.size(), true);
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (!kept[i] && PROPERTY_WORDS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }
}
