package org.steward.views.changes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.model.change.ChangeReview;
import org.steward.model.change.ChangeSetStatus;
import org.steward.model.change.ChangeSetSummary;
import org.steward.model.change.ProposedChange;
import org.steward.model.change.ReviewAction;
import org.steward.model.change.ReviewNote;
import org.steward.model.workspace.Workspace;
import org.steward.model.workspace.WorkspaceListener;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/**
 * The Changes area's state: change sets filtered by status and author, the selected set's changes grouped by
 * entity with before/after, its review thread, and for each review step whether the current user may take it
 * (and if not, why). The service enforces the same rules; this only explains them ahead of time.
 */
public final class ChangesViewModel {
    static final String SELECT_FIRST = "Select a change set first.";

    private final Workspace workspace;
    private final ChangeReview review;
    private final String user;
    private final TaskExecutor executor;
    private final List<ChangeSetAction> extraActions;
    private final ObjectProperty<ChangeSetStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final StringProperty authorFilter = new SimpleStringProperty(this, "authorFilter", "");
    private final ObservableList<ChangeSetSummary> changeSets = FXCollections.observableArrayList();
    private final ObjectProperty<ChangeSetSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<EntityChanges> entityChanges = FXCollections.observableArrayList();
    private final ObservableList<ReviewNote> thread = FXCollections.observableArrayList();
    private final ObservableList<ExtraAction> extras = FXCollections.observableArrayList();
    private final Map<ReviewAction, ReadOnlyStringWrapper> whyNot = new EnumMap<>(ReviewAction.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final WorkspaceListener listener = new WorkspaceListener() {
        @Override
        public void changesChanged() {
            executor.runOnUi(ChangesViewModel.this::refresh);
        }
    };
    private long listGeneration;
    private long detailGeneration;

    public ChangesViewModel(Workspace workspace, String user, TaskExecutor executor,
                            List<ChangeSetAction> extraActions) {
        this.workspace = workspace;
        this.review = workspace.review();
        this.user = user;
        this.executor = executor;
        this.extraActions = List.copyOf(extraActions);
        for (ReviewAction action : ReviewAction.values()) {
            whyNot.put(action, new ReadOnlyStringWrapper(this, "whyNot" + action, SELECT_FIRST));
        }
        statusFilter.addListener((observable, old, now) -> refresh());
        authorFilter.addListener((observable, old, now) -> refresh());
        selected.addListener((observable, old, now) -> loadDetails());
        workspace.addListener(listener);
    }

    public void dispose() {
        workspace.removeListener(listener);
    }

    public String user() {
        return user;
    }

    /** Reads the change sets again, keeping the selection when it is still listed. */
    public void refresh() {
        long mine = ++listGeneration;
        ChangeSetStatus status = statusFilter.get();
        String author = authorFilter.get() == null ? "" : authorFilter.get().strip();
        executor.execute(BackgroundJob.quiet("Reading change sets",
                monitor -> review.changeSets(status, author.isEmpty() ? null : author), sets -> {
                    if (mine != listGeneration) {
                        return;
                    }
                    long keep = selected.get() == null ? -1 : selected.get().id();
                    changeSets.setAll(sets);
                    ChangeSetSummary again = sets.stream().filter(set -> set.id() == keep).findFirst()
                            .orElse(null);
                    if (again != null && again.equals(selected.get())) {
                        loadDetails();
                    }
                    selected.set(again);
                }));
    }

    private void loadDetails() {
        long mine = ++detailGeneration;
        ChangeSetSummary set = selected.get();
        if (set == null) {
            entityChanges.clear();
            thread.clear();
            extras.clear();
            whyNot.values().forEach(reason -> reason.set(SELECT_FIRST));
            return;
        }
        executor.execute(BackgroundJob.quiet("Reading change set " + set.id(), monitor -> details(set), loaded -> {
            if (mine != detailGeneration) {
                return;
            }
            entityChanges.setAll(loaded.changes());
            thread.setAll(loaded.thread());
            loaded.whyNot().forEach((action, reason) -> whyNot.get(action).set(reason.orElse("")));
            extras.setAll(loaded.extras());
        }));
    }

    private Details details(ChangeSetSummary set) {
        Map<Long, List<ChangeDiff>> byEntity = new LinkedHashMap<>();
        for (ProposedChange change : review.changes(set.id())) {
            byEntity.computeIfAbsent(change.change().entityId(), id -> new ArrayList<>()).add(ChangeDiff.of(change));
        }
        List<EntityChanges> grouped = new ArrayList<>();
        byEntity.forEach((id, diffs) -> grouped.add(new EntityChanges(id, workspace.catalog().entity(id)
                .map(entity -> entity.qualifiedName()).orElse("entity #" + id), diffs)));
        Map<ReviewAction, Optional<String>> reasons = new EnumMap<>(ReviewAction.class);
        for (ReviewAction action : ReviewAction.values()) {
            reasons.put(action, review.whyNot(set.id(), user, action));
        }
        List<ExtraAction> extraStates = new ArrayList<>();
        for (ChangeSetAction action : extraActions) {
            extraStates.add(new ExtraAction(action, action.whyNot(set, user).orElse("")));
        }
        return new Details(grouped, review.thread(set.id()), reasons, extraStates);
    }

    public void submit() {
        step("Submitting", set -> review.submit(set.id(), user), "Submitted change set %d for review.");
    }

    public void approve(String comment) {
        step("Approving", set -> review.approve(set.id(), user, comment), "Approved change set %d.");
    }

    public void reject(String reason) {
        step("Rejecting", set -> review.reject(set.id(), user, reason), "Rejected change set %d.");
    }

    public void reopen() {
        step("Reopening", set -> review.reopen(set.id(), user), "Reopened change set %d; edit and submit again.");
    }

    public void comment(String text) {
        if (text == null || text.isBlank()) {
            message.set("Write a comment first.");
            return;
        }
        step("Commenting", set -> review.comment(set.id(), user, text), "Commented on change set %d.");
    }

    /** Runs an action another feature added (push), off the FX thread. */
    public void run(ExtraAction extra) {
        ChangeSetSummary set = selected.get();
        if (set == null) {
            message.set(SELECT_FIRST);
            return;
        }
        executor.execute(BackgroundJob.visible(extra.action().text() + " change set " + set.id(),
                monitor -> extra.action().run(set, user, monitor), done -> {
                    message.set(done);
                    refresh();
                }).onFailure(error -> {
                    message.set(error.getMessage());
                    refresh();
                }));
    }

    private void step(String verb, SetStep work, String done) {
        ChangeSetSummary set = selected.get();
        if (set == null) {
            message.set(SELECT_FIRST);
            return;
        }
        executor.execute(BackgroundJob.visible(verb + " change set " + set.id(), monitor -> {
            work.run(set);
            return set.id();
        }, id -> {
            message.set(String.format(done, id));
            refresh();
        }).onFailure(error -> {
            message.set(error.getMessage());
            refresh();
        }));
    }

    public ObjectProperty<ChangeSetStatus> statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty authorFilterProperty() {
        return authorFilter;
    }

    public ObservableList<ChangeSetSummary> changeSets() {
        return changeSets;
    }

    public ObjectProperty<ChangeSetSummary> selectedProperty() {
        return selected;
    }

    public ObservableList<EntityChanges> entityChanges() {
        return entityChanges;
    }

    public ObservableList<ReviewNote> thread() {
        return thread;
    }

    public ObservableList<ExtraAction> extraActions() {
        return extras;
    }

    /** Why the current user may not take {@code action} on the selected set; empty text when they may. */
    public ReadOnlyStringProperty whyNotProperty(ReviewAction action) {
        return whyNot.get(action).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** An added action with why it is unavailable for the selected set ("" when available). */
    public record ExtraAction(ChangeSetAction action, String whyNot) {
    }

    @FunctionalInterface
    private interface SetStep {
        void run(ChangeSetSummary set);
    }

    private record Details(List<EntityChanges> changes, List<ReviewNote> thread,
                           Map<ReviewAction, Optional<String>> whyNot, List<ExtraAction> extras) {
    }
}
