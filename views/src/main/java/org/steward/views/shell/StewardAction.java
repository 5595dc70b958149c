package org.steward.views.shell;

import javafx.scene.input.KeyCombination;
import org.steward.views.common.Glyph;

/** Every command of the shell, declared once: text, icon and shortcut, used by menus, toolbars and context menus. */
public enum StewardAction {
    NEW_WORKSPACE("New workspace…", Glyph.NEW_WORKSPACE, "shortcut+N"),
    OPEN_WORKSPACE("Open workspace…", Glyph.OPEN_WORKSPACE, "shortcut+O"),
    OPEN_DEMO("Open demo workspace", Glyph.DEMO, null),
    CLOSE_WORKSPACE("Close workspace", Glyph.CLOSE, null),
    SWITCH_USER("Switch user…", Glyph.SWITCH_USER, "shortcut+shift+U"),
    MANAGE_USERS("Users…", Glyph.USERS, null),
    QUIT("Quit", Glyph.QUIT, "shortcut+Q"),
    UNDO("Undo", Glyph.UNDO, "shortcut+Z"),
    REDO("Redo", Glyph.REDO, "shortcut+shift+Z"),
    COPY_QUALIFIED_NAME("Copy qualified name", Glyph.COPY, "shortcut+shift+C"),
    FIND("Find", Glyph.SEARCH, "shortcut+F"),
    TOGGLE_THEME("Dark theme", Glyph.THEME, null),
    OPEN_LINEAGE("Open lineage", Glyph.LINEAGE, "shortcut+L"),
    ABOUT("About Steward", Glyph.ABOUT, null),
    SHORTCUTS("Keyboard shortcuts", Glyph.SHORTCUTS, "F1"),
    LOG_FILE("Log file…", Glyph.LOG, null);

    private final String text;
    private final Glyph glyph;
    private final String accelerator;

    StewardAction(String text, Glyph glyph, String accelerator) {
        this.text = text;
        this.glyph = glyph;
        this.accelerator = accelerator;
    }

    public String text() {
        return text;
    }

    public Glyph glyph() {
        return glyph;
    }

    public KeyCombination accelerator() {
        return accelerator == null ? null : KeyCombination.keyCombination(accelerator);
    }

    /** The shortcut as shown to people, e.g. "Ctrl+Shift+Z", or empty. */
    public String shortcutText() {
        KeyCombination combination = accelerator();
        return combination == null ? "" : combination.getDisplayText();
    }

    /** A tooltip text with the shortcut, e.g. "Undo (Ctrl+Z)". */
    public String tooltip() {
        String shortcut = shortcutText();
        return shortcut.isEmpty() ? text : text + " (" + shortcut + ")";
    }
}
