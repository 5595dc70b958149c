package org.steward.views.lineage.canvas;

import javafx.scene.paint.Color;

/** The colours the graph is drawn with, resolved from the theme's tokens (see {@link ThemeTokens}). */
public record GraphPalette(Color background, Color cardFill, Color cardBorder, Color text, Color muted, Color edge,
                           Color accent, Color accentSubtle, Color success, Color danger, Color warning,
                           Color warningSubtle, Color dangerSubtle, Color neutralSubtle, Color processFill,
                           Color dataset, Color process, Color dashboard, Color column) {

    public static GraphPalette light() {
        return new GraphPalette(Color.web("#ffffff"), Color.web("#ffffff"), Color.web("#d0d7de"),
                Color.web("#24292f"), Color.web("#57606a"), Color.web("#8c959f"), Color.web("#0969da"),
                Color.web("#ddf4ff"), Color.web("#1a7f37"), Color.web("#cf222e"), Color.web("#9a6700"),
                Color.web("#fff8c5"), Color.web("#ffebe9"), Color.web("#eaeef2"), Color.web("#f6f8fa"),
                Color.web("#0969da"), Color.web("#8250df"), Color.web("#bf3989"), Color.web("#1a7f37"));
    }

    public static GraphPalette dark() {
        return new GraphPalette(Color.web("#0d1117"), Color.web("#161b22"), Color.web("#30363d"),
                Color.web("#c9d1d9"), Color.web("#8b949e"), Color.web("#6e7681"), Color.web("#58a6ff"),
                Color.web("#388bfd26"), Color.web("#3fb950"), Color.web("#f85149"), Color.web("#d29922"),
                Color.web("#bb800926"), Color.web("#f8514926"), Color.web("#6e768166"), Color.web("#0d1117"),
                Color.web("#58a6ff"), Color.web("#a371f7"), Color.web("#db61a2"), Color.web("#3fb950"));
    }
}
