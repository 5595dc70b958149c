package org.steward.views.shell;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The left rail: one toggle per working area. */
final class NavigationRail {
    private final VBox root = new VBox(4);
    private final ToggleGroup group = new ToggleGroup();

    NavigationRail(List<Area> areas, Consumer<Area> onSelect) {
        root.setId("navigation-rail");
        root.getStyleClass().add("navigation-rail");
        root.setAlignment(Pos.TOP_CENTER);
        for (Area area : areas) {
            ToggleButton button = new ToggleButton(area.title(), area.glyph().icon());
            button.setId("nav-" + area.id());
            button.setContentDisplay(ContentDisplay.TOP);
            button.getStyleClass().add("rail-button");
            button.setToggleGroup(group);
            button.setUserData(area);
            button.setAccessibleText(area.title());
            button.setTooltip(new Tooltip(area.title()));
            root.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            } else if (now != null) {
                onSelect.accept((Area) now.getUserData());
            }
        });
    }

    VBox node() {
        return root;
    }

    void select(Area area) {
        group.getToggles().stream().filter(toggle -> toggle.getUserData() == area).findFirst()
                .ifPresent(toggle -> toggle.setSelected(true));
    }
}
