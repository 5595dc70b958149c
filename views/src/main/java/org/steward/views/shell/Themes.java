package org.steward.views.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** Applies a theme: AtlantaFX Primer as the user-agent stylesheet, our token-based stylesheet on the scene. */
public final class Themes {
    public static final String STYLESHEET = "/org/steward/views/steward.css";

    private Themes() {
    }

    public static void apply(Theme theme, Scene scene) {
        Application.setUserAgentStylesheet(theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        String ours = Objects.requireNonNull(Themes.class.getResource(STYLESHEET), STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(ours)) {
            scene.getStylesheets().add(ours);
        }
        scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), theme == Theme.DARK);
    }
}
