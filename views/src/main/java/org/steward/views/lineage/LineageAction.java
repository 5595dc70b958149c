package org.steward.views.lineage;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.steward.views.common.Glyph;

/**
 * One command of the lineage view, declared once and turned into a toolbar button or a menu item.
 *
 * @param disabled when it holds true the button and menu item are disabled; {@code null} for always enabled
 */
record LineageAction(String id, String text, Glyph glyph, String shortcut, Runnable handler,
                     ObservableValue<Boolean> disabled) {

    LineageAction(String id, String text, Glyph glyph, String shortcut, Runnable handler) {
        this(id, text, glyph, shortcut, handler, null);
    }

    boolean enabled() {
        return disabled == null || !Boolean.TRUE.equals(disabled.getValue());
    }

    KeyCombination accelerator() {
        return shortcut == null ? null : KeyCombination.keyCombination(shortcut);
    }

    String tooltip() {
        return shortcut == null ? text : text + " (" + accelerator().getDisplayText() + ")";
    }

    Button button() {
        Button button = new Button(null, glyph.icon());
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setAccessibleText(text);
        button.setTooltip(new Tooltip(tooltip()));
        button.setOnAction(event -> handler.run());
        if (disabled != null) {
            button.disableProperty().bind(disabled);
        }
        return button;
    }

    MenuItem menuItem() {
        MenuItem item = new MenuItem(text, glyph.icon());
        item.setId(id + "-item");
        item.setAccelerator(accelerator());
        item.setOnAction(event -> handler.run());
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        return item;
    }
}
