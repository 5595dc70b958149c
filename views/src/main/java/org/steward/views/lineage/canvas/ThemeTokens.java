package org.steward.views.lineage.canvas;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Reads the theme's colour tokens ({@code -color-…}) by styling invisible probe regions with them, so the canvas
 * follows light and dark themes without a second colour table. Call {@link #palette()} after CSS has been applied.
 */
final class ThemeTokens {
    private static final String[] TOKENS = {"-color-bg-default", "-color-bg-subtle", "-color-border-default",
        "-color-fg-default", "-color-fg-muted", "-color-fg-subtle", "-color-accent-emphasis", "-color-accent-subtle",
        "-color-success-emphasis", "-color-danger-emphasis", "-color-warning-emphasis", "-color-warning-subtle",
        "-color-danger-subtle", "-color-neutral-subtle", "-color-accent-fg",
        "-color-success-fg"};

    private final Map<String, Region> probes = new LinkedHashMap<>();

    ThemeTokens() {
        for (String token : TOKENS) {
            Region probe = new Region();
            probe.setStyle("-fx-background-color: " + token + ";");
            probe.setManaged(false);
            probe.setVisible(false);
            probe.setMouseTransparent(true);
            probes.put(token, probe);
        }
    }

    Iterable<Region> probes() {
        return probes.values();
    }

    /** A region whose background changes with the theme, to listen to. */
    Region sentinel() {
        return probes.get(TOKENS[0]);
    }

    GraphPalette palette() {
        GraphPalette fallback = GraphPalette.light();
        Color bg = color("-color-bg-default", fallback.background());
        if (bg == null) {
            return fallback;
        }
        boolean dark = bg.getBrightness() < 0.5;
        GraphPalette base = dark ? GraphPalette.dark() : fallback;
        return new GraphPalette(bg, dark ? color("-color-bg-subtle", base.cardFill()) : bg,
                color("-color-border-default", base.cardBorder()), color("-color-fg-default", base.text()),
                color("-color-fg-muted", base.muted()), color("-color-fg-subtle", base.edge()),
                color("-color-accent-emphasis", base.accent()), color("-color-accent-subtle", base.accentSubtle()),
                color("-color-success-emphasis", base.success()), color("-color-danger-emphasis", base.danger()),
                color("-color-warning-emphasis", base.warning()), color("-color-warning-subtle", base.warningSubtle()),
                color("-color-danger-subtle", base.dangerSubtle()),
                color("-color-neutral-subtle", base.neutralSubtle()),
                color("-color-bg-subtle", base.processFill()), color("-color-accent-fg", base.dataset()),
                base.process(), base.dashboard(),
                color("-color-success-fg", base.column()));
    }

    private Color color(String token, Color fallback) {
        Background background = probes.get(token).getBackground();
        if (background == null || background.getFills().isEmpty()) {
            return fallback;
        }
        Paint fill = background.getFills().get(0).getFill();
        return fill instanceof Color c ? c : fallback;
    }
}
