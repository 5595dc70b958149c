package org.steward.views.shell;

/** The two looks: AtlantaFX Primer light and dark, plus our token-based stylesheet on top. */
public enum Theme {
    LIGHT,
    DARK;

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
