package org.steward.views.changes;

import java.util.Optional;
import org.steward.model.change.ChangeSetSummary;
import org.steward.model.task.ProgressMonitor;

/**
 * An action another feature adds to the Changes area's action bar for the selected change set (push to Atlas, for
 * one). The area shows it as a button, disabled with {@link #whyNot}'s text as tooltip, and runs it off the FX
 * thread with progress and cancel.
 */
public interface ChangeSetAction {

    String text();

    /** Why {@code user} cannot run this on {@code set} now, or empty when they can. Called off the FX thread. */
    Optional<String> whyNot(ChangeSetSummary set, String user);

    /** Does the work off the FX thread; the returned line is shown to the user. */
    String run(ChangeSetSummary set, String user, ProgressMonitor monitor) throws Exception;
}
