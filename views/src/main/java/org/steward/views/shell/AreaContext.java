package org.steward.views.shell;

import org.steward.views.task.TaskExecutor;

/** What an area's view is built from: the open session, the background executor, the app's context, navigation. */
public record AreaContext(WorkspaceSession session, TaskExecutor executor, ShellContext shell,
                          AreaNavigator navigator) {
}
