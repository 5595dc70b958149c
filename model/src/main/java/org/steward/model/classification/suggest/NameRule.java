package org.steward.model.classification.suggest;

import java.util.Arrays;
import java.util.List;
import org.steward.model.classification.ColumnWords;

/**
 * Column-name words that point to a classification: each term is a word ({@code dob}) or a phrase
 * ({@code date of birth}) matched against the name's words, or against all of them joined ({@code geburtsdatum}
 * matches {@code Geburts_Datum}).
 */
record NameRule(String classification, double confidence, List<List<String>> terms) {

    static NameRule of(String classification, double confidence, String... terms) {
        return new NameRule(classification, confidence,
                Arrays.stream(terms).map(t -> NameDetector.withoutStopwords(ColumnWords.of(t))).toList());
    }

    /** The first term found in the words, or null. */
    String match(List<String> words) {
        String joined = String.join("", words);
        for (List<String> term : terms) {
            if (term.size() == 1 && joined.equals(term.get(0)) || contains(words, term)) {
                return String.join(" ", term);
            }
        }
        return null;
    }

    private static boolean contains(List<String> words, List<String> term) {
        for (int start = 0; start + term.size() <= words.size(); start++) {
            if (words.subList(start, start + term.size()).equals(term)) {
                return true;
            }
        }
        return false;
    }
}
