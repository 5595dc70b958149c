package org.steward.model.change;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Undo and redo for one user's session. Undo withdraws the latest proposed edit; redo reinstates it. A bulk edit
 * (one classification on forty columns) is one step. The changes themselves stay in the change set, so the audit
 * log tells the whole story.
 */
public final class EditHistory {
    private final ChangeSetStore store;
    private final String actor;
    private final int capacity;
    private final Deque<List<ProposedChange>> undo = new ArrayDeque<>();
    private final Deque<List<ProposedChange>> redo = new ArrayDeque<>();

    public EditHistory(ChangeSetStore store, String actor, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.store = store;
        this.actor = actor;
        this.capacity = capacity;
    }

    public String actor() {
        return actor;
    }

    public synchronized ProposedChange record(Change change) {
        return recordAll(List.of(change)).get(0);
    }

    /** Records several changes as one undoable step. */
    public synchronized List<ProposedChange> recordAll(List<? extends Change> changes) {
        List<ProposedChange> proposed = store.proposeAll(changes, actor);
        if (proposed.isEmpty()) {
            return proposed;
        }
        undo.push(proposed);
        if (undo.size() > capacity) {
            undo.removeLast();
        }
        redo.clear();
        return proposed;
    }

    /** Withdraws the latest step; returns its last change. */
    public synchronized Optional<ProposedChange> undo() {
        List<ProposedChange> latest = undo.poll();
        if (latest == null) {
            return Optional.empty();
        }
        store.withdrawAll(ids(latest), actor);
        redo.push(latest);
        return Optional.of(last(latest));
    }

    public synchronized Optional<ProposedChange> redo() {
        List<ProposedChange> next = redo.poll();
        if (next == null) {
            return Optional.empty();
        }
        store.reinstateAll(ids(next), actor);
        undo.push(next);
        return Optional.of(last(next));
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The last change of the step undo would take back. */
    public synchronized Optional<ProposedChange> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(EditHistory::last);
    }

    public synchronized Optional<ProposedChange> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(EditHistory::last);
    }

    /** How many changes the step undo would take back. */
    public synchronized int nextUndoSize() {
        return undo.isEmpty() ? 0 : undo.peek().size();
    }

    private static List<Long> ids(List<ProposedChange> step) {
        return step.stream().map(ProposedChange::id).toList();
    }

    private static ProposedChange last(List<ProposedChange> step) {
        return step.get(step.size() - 1);
    }
}
