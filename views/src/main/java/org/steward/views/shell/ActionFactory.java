package org.steward.views.shell;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;

/** Turns {@link StewardAction}s with their handlers into menu items and buttons. */
final class ActionFactory {
    private final Map<StewardAction, Runnable> handlers = new EnumMap<>(StewardAction.class);
    private final Map<StewardAction, ObservableBooleanValue> enabled = new EnumMap<>(StewardAction.class);

    void on(StewardAction action, Runnable handler) {
        handlers.put(action, handler);
    }

    void enabledWhen(StewardAction action, ObservableBooleanValue condition) {
        enabled.put(action, condition);
    }

    void run(StewardAction action) {
        Runnable handler = handlers.get(action);
        if (handler != null) {
            handler.run();
        }
    }

    MenuItem menuItem(StewardAction action) {
        return configure(new MenuItem(action.text(), action.glyph().icon()), action);
    }

    CheckMenuItem checkItem(StewardAction action) {
        CheckMenuItem item = new CheckMenuItem(action.text(), action.glyph().icon());
        return configure(item, action);
    }

    private <T extends MenuItem> T configure(T item, StewardAction action) {
        item.setId("action-" + action.name().toLowerCase().replace('_', '-'));
        item.setAccelerator(action.accelerator());
        item.setOnAction(event -> run(action));
        ObservableBooleanValue condition = enabled.get(action);
        if (condition != null) {
            item.disableProperty().bind(Bindings.not(condition));
        }
        return item;
    }

    Button iconButton(StewardAction action) {
        Button button = new Button(null, action.glyph().icon());
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setAccessibleText(action.text());
        button.setTooltip(new Tooltip(action.tooltip()));
        button.setOnAction(event -> run(action));
        ObservableBooleanValue condition = enabled.get(action);
        if (condition != null) {
            button.disableProperty().bind(Bindings.not(condition));
        }
        return button;
    }

    Button textButton(StewardAction action) {
        Button button = new Button(action.text(), action.glyph().icon());
        button.setTooltip(new Tooltip(action.tooltip()));
        button.setOnAction(event -> run(action));
        return button;
    }
}
