package org.steward.model.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Splits catalog text into search tokens: on any character that is not a letter or digit (so {@code _ . - /} and
 * spaces), on camelCase humps ({@code customerEmail}, {@code HTTPServer}) and between letters and digits. Tokens are
 * lower-cased and folded to ASCII. Indexing, querying and highlighting all use this one splitter.
 */
final class TextTokens {

    /** A normalized token and where it came from in the original text, {@code [start, end)}. */
    record Token(String text, int start, int end) {
    }

    private TextTokens() {
    }

    static List<Token> split(CharSequence text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int start = -1;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : ' ';
            if (!Character.isLetterOrDigit(c)) {
                if (start >= 0) {
                    tokens.add(token(text, start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            } else if (isBoundary(text, i)) {
                tokens.add(token(text, start, i));
                start = i;
            }
        }
        return tokens;
    }

    /** The normalized tokens of a text, without offsets. */
    static List<String> terms(CharSequence text) {
        List<Token> tokens = split(text);
        List<String> terms = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            terms.add(token.text());
        }
        return terms;
    }

    /** The tokens of a text joined by single spaces: the form compared for exact and prefix name matches. */
    static String key(CharSequence text) {
        return String.join(" ", terms(text));
    }

    static String normalize(CharSequence text, int start, int end) {
        char[] ascii = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return normalizeUnicode(text, start, end);
            }
            ascii[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(ascii);
    }

    private static String normalizeUnicode(CharSequence text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            appendNormalized(text.charAt(i), out);
        }
        return out.toString();
    }

    /** Appends one character lower-cased and folded to ASCII (one character may fold to several, e.g. ß). */
    static void appendNormalized(char c, StringBuilder out) {
        char lower = Character.toLowerCase(c);
        if (lower < 128) {
            out.append(lower);
            return;
        }
        char[] folded = new char[4];
        int n = ASCIIFoldingFilter.foldToASCII(new char[] {lower}, 0, folded, 0, 1);
        out.append(folded, 0, n);
    }

    private static Token token(CharSequence text, int start, int end) {
        return new Token(normalize(text, start, end), start, end);
    }

    private static boolean isBoundary(CharSequence text, int i) {
        char prev = text.charAt(i - 1);
        char c = text.charAt(i);
        if (Character.isDigit(prev) != Character.isDigit(c)) {
            return true;
        }
        if (Character.isLowerCase(prev) && Character.isUpperCase(c)) {
            return true;
        }
        return Character.isUpperCase(prev) && Character.isUpperCase(c) && i + 1 < text.length()
                && Character.isLowerCase(text.charAt(i + 1));
    }
}
