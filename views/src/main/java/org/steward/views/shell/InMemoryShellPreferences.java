package org.steward.views.shell;

import java.nio.file.Path;
import java.util.List;

/** Holds the preferences in fields only. */
final class InMemoryShellPreferences implements ShellPreferences {
    private Theme theme = Theme.LIGHT;
    private WindowBounds bounds = WindowBounds.DEFAULT;
    private List<Path> recent = List.of();

    @Override
    public Theme theme() {
        return theme;
    }

    @Override
    public void setTheme(Theme theme) {
        this.theme = theme;
    }

    @Override
    public WindowBounds windowBounds() {
        return bounds;
    }

    @Override
    public void setWindowBounds(WindowBounds bounds) {
        this.bounds = bounds;
    }

    @Override
    public List<Path> recentWorkspaces() {
        return recent;
    }

    @Override
    public void setRecentWorkspaces(List<Path> workspaces) {
        this.recent = List.copyOf(workspaces);
    }
}
