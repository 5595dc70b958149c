package org.steward.views.push;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.model.change.ChangeSet;
import org.steward.model.push.BreakerState;
import org.steward.model.push.Conflict;
import org.steward.model.push.PushListener;
import org.steward.model.push.PushRecord;
import org.steward.model.push.PushResult;
import org.steward.model.push.PushState;
import org.steward.model.push.PushTarget;
import org.steward.model.workspace.Workspace;
import org.steward.model.workspace.WorkspaceListener;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/**
 * The Push area's state: approved change sets, the chosen Atlas connection, the selected set's changes with their
 * push state (updated live while a push runs), the circuit breaker, and conflicted changes with base / mine /
 * theirs for rebase or drop. Pushes run as background tasks; cancel stops after the calls in flight settle.
 */
public final class PushViewModel {
    static final int BATCH_SIZE = 50;

    private final Workspace workspace;
    private final String user;
    private final TaskExecutor executor;
    private final PushServices services;
    private final ObservableList<ChangeSet> sets = FXCollections.observableArrayList();
    private final ObjectProperty<ChangeSet> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<String> endpoints = FXCollections.observableArrayList();
    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint");
    private final ObservableList<PushRow> rows = FXCollections.observableArrayList();
    private final Map<Long, PushRow> rowsById = new HashMap<>();
    private final ObservableList<PushRecord> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<PushRecord> conflict = new SimpleObjectProperty<>(this, "conflict");
    private final StringProperty mine = new SimpleStringProperty(this, "mine", "");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty breaker = new SimpleStringProperty(this, "breaker", "Atlas: not contacted yet");
    private final ObjectProperty<BreakerState> breakerState = new SimpleObjectProperty<>(this, "breakerState",
            BreakerState.CLOSED);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final WorkspaceListener listener = new WorkspaceListener() {
        @Override
        public void changesChanged() {
            executor.runOnUi(() -> {
                if (!running.get()) {
                    refresh();
                }
            });
        }
    };

    public PushViewModel(Workspace workspace, String user, TaskExecutor executor, PushServices services) {
        this.workspace = workspace;
        this.user = user;
        this.executor = executor;
        this.services = services;
        selected.addListener((observable, old, set) -> loadRows(set));
        conflict.addListener((observable, old, record) -> mine.set(record == null ? ""
                : record.conflict().map(Conflict::mine).orElse("")));
        workspace.addListener(listener);
    }

    /** Stops following the workspace (the area closed). */
    public void dispose() {
        workspace.removeListener(listener);
    }

    /** Reloads sets, connections and conflicts off the UI thread. */
    public void refresh() {
        executor.execute(BackgroundJob.quiet("Loading approved change sets", monitor -> new Snapshot(
                workspace.pushes().pushable(), services.endpointNames(), workspace.pushes().conflicted()),
                snapshot -> {
                    Long keep = selected.get() == null ? null : selected.get().id();
                    sets.setAll(snapshot.sets());
                    endpoints.setAll(snapshot.endpoints());
                    if (endpoint.get() == null || !endpoints.contains(endpoint.get())) {
                        endpoint.set(endpoints.isEmpty() ? null : endpoints.get(0));
                    }
                    conflicts.setAll(snapshot.conflicts());
                    selected.set(sets.stream().filter(s -> keep != null && s.id() == keep).findFirst()
                            .orElse(sets.isEmpty() ? null : sets.get(0)));
                    if (endpoints.isEmpty()) {
                        message.set("No Atlas connection is set up yet: add one under Platforms, then push.");
                    }
                }));
    }

    private record Snapshot(List<ChangeSet> sets, List<String> endpoints, List<PushRecord> conflicts) {
    }

    /** Why "Push" cannot run now, or empty. */
    public Optional<String> whyNotPush() {
        if (running.get()) {
            return Optional.of("A push is running.");
        }
        if (selected.get() == null) {
            return Optional.of("No approved change set to push.");
        }
        if (endpoint.get() == null) {
            return Optional.of("No Atlas connection is set up: add one under Platforms.");
        }
        return Optional.empty();
    }

    public void push() {
        Optional<String> why = whyNotPush();
        if (why.isPresent()) {
            message.set(why.get());
            return;
        }
        Optional<String> locked = services.unlock();
        if (locked.isPresent()) {
            message.set(locked.get());
            return;
        }
        ChangeSet set = selected.get();
        String target = endpoint.get();
        cancel.set(false);
        running.set(true);
        progress.set(0);
        message.set("Pushing change set " + set.id() + " to " + target + "…");
        executor.execute(BackgroundJob.visible("Pushing change set " + set.id() + " to " + target, monitor -> {
            PushTarget opened = services.open(target);
            PushListener listener = new PushListener() {
                @Override
                public void changed(long changeId, PushState state, String detail) {
                    executor.runOnUi(() -> update(changeId, state, detail));
                }

                @Override
                public void breaker(BreakerState state, String reason) {
                    executor.runOnUi(() -> showBreaker(state, reason));
                }

                @Override
                public void progress(int settled, int total) {
                    monitor.progress(settled, total, "Pushing change set " + set.id());
                    executor.runOnUi(() -> progress.set(total == 0 ? 1 : settled / (double) total));
                }
            };
            executor.runOnUi(() -> showBreaker(opened.breaker().state(), "ready"));
            return workspace.pushEngine(BATCH_SIZE).push(set.id(), opened, user, listener,
                    () -> cancel.get() || monitor.isCancelled());
        }, result -> {
            running.set(false);
            message.set(describe(set, result));
            refresh();
        }).onFailure(error -> {
            running.set(false);
            message.set("The push stopped: " + error.getMessage());
            refresh();
        }));
    }

    /** Stops the push after the requests in flight have been answered and recorded. */
    public void cancel() {
        if (running.get()) {
            cancel.set(true);
            message.set("Stopping after the requests in flight…");
        }
    }

    /** Proposes the user's value again on top of Atlas' value (for review), dropping the conflicted change. */
    public void rebase() {
        PushRecord record = conflict.get();
        if (record == null) {
            message.set("Pick a conflicted change first.");
            return;
        }
        String value = mine.get();
        executor.execute(BackgroundJob.visible("Rebasing change " + record.changeId(), monitor ->
                workspace.conflicts().rebase(record.changeId(), user, value), proposed -> {
                    message.set("Proposed again as change " + proposed.id() + " in change set "
                            + proposed.changeSetId() + " on top of Atlas' value; submit it for review.");
                    refresh();
                }).onFailure(error -> message.set(error.getMessage())));
    }

    /** Gives the conflicted change up: Atlas keeps its value. */
    public void drop() {
        PushRecord record = conflict.get();
        if (record == null) {
            message.set("Pick a conflicted change first.");
            return;
        }
        executor.execute(BackgroundJob.visible("Dropping change " + record.changeId(), monitor -> {
            workspace.conflicts().drop(record.changeId(), user);
            return record.changeId();
        }, id -> {
            message.set("Dropped change " + id + "; Atlas keeps its value.");
            refresh();
        }).onFailure(error -> message.set(error.getMessage())));
    }

    private void loadRows(ChangeSet set) {
        rows.clear();
        rowsById.clear();
        if (set == null) {
            return;
        }
        executor.execute(BackgroundJob.quiet("Loading change set " + set.id(), monitor -> {
            Map<Long, String> names = new HashMap<>();
            java.util.function.LongFunction<String> name = id -> names.computeIfAbsent(id, key -> workspace.catalog()
                    .entity(key).map(e -> e.qualifiedName()).orElse("#" + key));
            List<PushRecord> records = workspace.pushes().forSet(set.id());
            if (!records.isEmpty()) {
                return records.stream().map(r -> PushRow.of(r, name.apply(r.change().entityId()))).toList();
            }
            return workspace.review().changes(set.id()).stream().map(c -> new PushRow(c.id(),
                    name.apply(c.change().entityId()), c.change().summary(), PushState.QUEUED, 0, "")).toList();
        }, loaded -> {
            if (selected.get() == set) {
                rows.setAll(loaded);
                loaded.forEach(row -> rowsById.put(row.changeId(), row));
            }
        }));
    }

    private void update(long changeId, PushState state, String detail) {
        PushRow row = rowsById.get(changeId);
        if (row != null) {
            row.stateProperty().set(state);
            row.detailProperty().set(detail);
            if (state == PushState.IN_FLIGHT) {
                row.attemptsProperty().set(row.attemptsProperty().get() + 1);
            }
        }
    }

    private void showBreaker(BreakerState state, String reason) {
        breakerState.set(state);
        breaker.set(switch (state) {
            case CLOSED -> "Atlas: answering";
            case OPEN -> "Atlas: failing; calls paused (" + reason + ")";
            case HALF_OPEN -> "Atlas: trying again (" + reason + ")";
        });
    }

    private static String describe(ChangeSet set, PushResult result) {
        String counts = result.count(PushState.APPLIED) + " applied, " + result.count(PushState.FAILED) + " failed, "
                + result.count(PushState.CONFLICTED) + " conflicted";
        if (result.cancelled()) {
            return "Push of change set " + set.id() + " stopped: " + counts + "; push again to continue.";
        }
        if (result.complete()) {
            return "Change set " + set.id() + " is pushed: " + counts + ".";
        }
        return "Change set " + set.id() + " partly failed: " + counts
                + (result.count(PushState.CONFLICTED) > 0 ? "; resolve the conflicts below." : "; push again later.");
    }

    public ObservableList<ChangeSet> sets() {
        return sets;
    }

    public ObjectProperty<ChangeSet> selectedProperty() {
        return selected;
    }

    public ObservableList<String> endpoints() {
        return endpoints;
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    public ObservableList<PushRow> rows() {
        return rows;
    }

    public ObservableList<PushRecord> conflicts() {
        return conflicts;
    }

    public ObjectProperty<PushRecord> conflictProperty() {
        return conflict;
    }

    public StringProperty mineProperty() {
        return mine;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty breakerProperty() {
        return breaker;
    }

    public ObjectProperty<BreakerState> breakerStateProperty() {
        return breakerState;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
