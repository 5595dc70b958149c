package org.steward.model.classification;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a column name into lower-case words without diacritics: on {@code _ . - /}, spaces, camelCase and
 * digits, so {@code customerEMail2}, {@code customer_e_mail} and {@code Geburtsdatum} compare as words.
 */
public final class ColumnWords {

    private static final Pattern WORD_BREAK = Pattern.compile(
            "[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private ColumnWords() {
    }

    public static List<String> of(String name) {
        List<String> words = new ArrayList<>();
        for (String word : WORD_BREAK.split(name == null ? "" : name)) {
            if (!word.isEmpty()) {
                words.add(fold(word));
            }
        }
        return words;
    }

    /** Lower case, {@code ß} as {@code ss}, accents removed. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace("ß", "ss"), Normalizer.Form.NFD);
        return DIACRITICS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
