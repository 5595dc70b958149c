package org.steward.model.change;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo for one user's session. Undo withdraws the latest proposed change; redo reinstates it. The
 * changes themselves stay in the change set, so the audit log tells the whole story.
 */
public final class EditHistory {
    private final ChangeSetStore store;
    private final String actor;
    private final int capacity;
    private final Deque<ProposedChange> undo = new ArrayDeque<>();
    private final Deque<ProposedChange> redo = new ArrayDeque<>();

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
        ProposedChange proposed = store.propose(change, actor);
        undo.push(proposed);
        if (undo.size() > capacity) {
            undo.removeLast();
        }
        redo.clear();
        return proposed;
    }

    public synchronized Optional<ProposedChange> undo() {
        ProposedChange latest = undo.poll();
        if (latest == null) {
            return Optional.empty();
        }
        store.withdraw(latest.id(), actor);
        redo.push(latest);
        return Optional.of(latest);
    }

    public synchronized Optional<ProposedChange> redo() {
        ProposedChange next = redo.poll();
        if (next == null) {
            return Optional.empty();
        }
        store.reinstate(next.id(), actor);
        undo.push(next);
        return Optional.of(next);
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    public synchronized Optional<ProposedChange> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    public synchronized Optional<ProposedChange> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }
}
