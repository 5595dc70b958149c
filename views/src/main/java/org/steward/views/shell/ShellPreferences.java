package org.steward.views.shell;

import java.nio.file.Path;
import java.util.List;

/** What the shell remembers between runs; the app module persists it. Called on the FX thread; keep it cheap. */
public interface ShellPreferences {

    int MAX_RECENT = 10;

    Theme theme();

    void setTheme(Theme theme);

    WindowBounds windowBounds();

    void setWindowBounds(WindowBounds bounds);

    /** Most recent first. */
    List<Path> recentWorkspaces();

    void setRecentWorkspaces(List<Path> workspaces);

    /** Preferences that live only as long as the object: for tests and for runs without a profile. */
    static ShellPreferences inMemory() {
        return new InMemoryShellPreferences();
    }
}
