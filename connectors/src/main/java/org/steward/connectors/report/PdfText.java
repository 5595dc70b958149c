package org.steward.connectors.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text fitted to a standard PDF font: characters it cannot encode are replaced, lines are wrapped to a width. */
final class PdfText {
    private static final Map<Character, String> FALLBACKS = Map.of('→', "->", '…', "...", '←', "<-", '✓', "v",
            '×', "x", '—', "-", '–', "-");

    private final PDFont font;
    private final Map<Character, Boolean> encodable = new HashMap<>();

    PdfText(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    String clean(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                cleaned.append(' ');
            } else if (encodable.computeIfAbsent(c, this::canEncode)) {
                cleaned.append(c);
            } else {
                cleaned.append(FALLBACKS.getOrDefault(c, "?"));
            }
        }
        return cleaned.toString();
    }

    private boolean canEncode(char c) {
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits cleaned text into lines no wider than {@code width}, breaking at spaces, or inside long words. */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean(text).split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
