package org.steward.app.gui;

import java.nio.file.Path;
import javafx.application.Application;
import org.steward.app.AppDirectories;

/** Starts the JavaFX application; returns when its last window closes. */
public final class GuiLauncher {
    static final String WORKSPACE = "workspace";
    static final String HOME = "steward-home";

    private GuiLauncher() {
    }

    public static void launch(AppDirectories directories, Path workspace) {
        String home = "--" + HOME + "=" + directories.data();
        if (workspace == null) {
            Application.launch(StewardApp.class, home);
        } else {
            Application.launch(StewardApp.class, home, "--" + WORKSPACE + "=" + workspace.toAbsolutePath());
        }
    }
}
