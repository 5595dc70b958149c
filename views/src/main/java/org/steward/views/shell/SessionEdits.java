package org.steward.views.shell;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.steward.model.change.Change;
import org.steward.model.change.EditHistory;
import org.steward.model.change.ProposedChange;

/**
 * The session's edit history, telling listeners after every record, undo and redo has completed (the store's own
 * events fire before the history has moved, too early to ask {@code canUndo}). Listeners run on the calling thread.
 */
public final class SessionEdits {
    private final EditHistory history;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public SessionEdits(EditHistory history) {
        this.history = history;
    }

    public ProposedChange record(Change change) {
        try {
            return history.record(change);
        } finally {
            fire();
        }
    }

    /** Records several changes as one undoable step (a bulk edit). */
    public List<ProposedChange> recordAll(List<? extends Change> changes) {
        try {
            return history.recordAll(changes);
        } finally {
            fire();
        }
    }

    public Optional<ProposedChange> undo() {
        try {
            return history.undo();
        } finally {
            fire();
        }
    }

    public Optional<ProposedChange> redo() {
        try {
            return history.redo();
        } finally {
            fire();
        }
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    public Optional<ProposedChange> nextUndo() {
        return history.nextUndo();
    }

    public Optional<ProposedChange> nextRedo() {
        return history.nextRedo();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
