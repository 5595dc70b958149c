package org.steward.views.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** File, Edit, View and Help, built from the declared actions. */
final class ShellMenuBar {
    private final MenuBar bar;

    ShellMenuBar(ActionFactory actions, ShellViewModel model, List<Area> areas, Consumer<Area> showArea,
                 Consumer<Path> openRecent) {
        Menu recent = new Menu("Open recent");
        recent.setId("menu-open-recent");
        fillRecent(recent, model.recentWorkspaces(), openRecent);
        model.recentWorkspaces().addListener((ListChangeListener<Path>) change ->
                fillRecent(recent, model.recentWorkspaces(), openRecent));
        Menu file = new Menu("_File", null,
                actions.menuItem(StewardAction.NEW_WORKSPACE), actions.menuItem(StewardAction.OPEN_WORKSPACE),
                recent, actions.menuItem(StewardAction.OPEN_DEMO), new SeparatorMenuItem(),
                actions.menuItem(StewardAction.CLOSE_WORKSPACE), new SeparatorMenuItem(),
                actions.menuItem(StewardAction.SWITCH_USER), actions.menuItem(StewardAction.MANAGE_USERS),
                new SeparatorMenuItem(), actions.menuItem(StewardAction.QUIT));
        Menu edit = new Menu("_Edit", null,
                actions.menuItem(StewardAction.UNDO), actions.menuItem(StewardAction.REDO), new SeparatorMenuItem(),
                actions.menuItem(StewardAction.COPY_QUALIFIED_NAME), actions.menuItem(StewardAction.FIND));
        CheckMenuItem dark = actions.checkItem(StewardAction.TOGGLE_THEME);
        dark.setSelected(model.themeProperty().get() == Theme.DARK);
        model.themeProperty().addListener((observable, old, now) -> dark.setSelected(now == Theme.DARK));
        Menu view = new Menu("_View", null, dark, new SeparatorMenuItem());
        for (Area area : areas) {
            MenuItem item = new MenuItem(area.title(), area.glyph().icon());
            item.setId("menu-area-" + area.id());
            item.setOnAction(event -> showArea.accept(area));
            item.disableProperty().bind(model.sessionProperty().isNull());
            view.getItems().add(item);
        }
        view.getItems().addAll(new SeparatorMenuItem(), actions.menuItem(StewardAction.OPEN_LINEAGE));
        Menu help = new Menu("_Help", null, actions.menuItem(StewardAction.SHORTCUTS),
                actions.menuItem(StewardAction.LOG_FILE), new SeparatorMenuItem(),
                actions.menuItem(StewardAction.ABOUT));
        bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
    }

    MenuBar node() {
        return bar;
    }

    private static void fillRecent(Menu menu, ObservableList<Path> recent, Consumer<Path> open) {
        menu.getItems().clear();
        for (Path path : recent) {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> open.accept(path));
            menu.getItems().add(item);
        }
        menu.setDisable(recent.isEmpty());
    }
}
