package org.steward.views.shell;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Shown when no workspace is open: New, Open, Open demo and the recent workspaces. */
final class WelcomePane {
    private final VBox root;
    private final VBox recent = new VBox(2);

    WelcomePane(ActionFactory actions, ObservableList<Path> recentWorkspaces, Consumer<Path> open) {
        Label title = new Label("Steward");
        title.getStyleClass().addAll(Styles.TITLE_1, "welcome-title");
        Label subtitle = new Label("Catalog, lineage and classification of your data estate, reviewed and audited.");
        subtitle.getStyleClass().add("muted");
        Button create = actions.textButton(StewardAction.NEW_WORKSPACE);
        create.setId("welcome-new");
        Button openButton = actions.textButton(StewardAction.OPEN_WORKSPACE);
        openButton.setId("welcome-open");
        Button demo = actions.textButton(StewardAction.OPEN_DEMO);
        demo.setId("welcome-demo");
        demo.getStyleClass().add(Styles.ACCENT);
        HBox buttons = new HBox(8, create, openButton, demo);
        buttons.setAlignment(Pos.CENTER);
        Label recentTitle = new Label("Recent workspaces");
        recentTitle.getStyleClass().add("section-title");
        recentTitle.setLabelFor(recent);
        Runnable fill = () -> {
            recent.getChildren().clear();
            recentWorkspaces.forEach(path -> {
                Hyperlink link = new Hyperlink(path.toString());
                link.setOnAction(event -> open.accept(path));
                recent.getChildren().add(link);
            });
            recentTitle.setVisible(!recentWorkspaces.isEmpty());
        };
        recentWorkspaces.addListener((ListChangeListener<Path>) change -> fill.run());
        fill.run();
        recent.setAlignment(Pos.CENTER);
        root = new VBox(16, title, subtitle, buttons, recentTitle, recent);
        root.setId("welcome-pane");
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("welcome-pane");
    }

    VBox node() {
        return root;
    }
}
