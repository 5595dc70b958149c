package org.steward.model.change;

final class ChangeText {
    private static final int MAX = 60;

    private ChangeText() {
    }

    static String quote(String text) {
        if (text.isEmpty()) {
            return "(none)";
        }
        String oneLine = text.replaceAll("\\s+", " ");
        return "\"" + (oneLine.length() > MAX ? oneLine.substring(0, MAX - 1) + "…" : oneLine) + "\"";
    }
}
