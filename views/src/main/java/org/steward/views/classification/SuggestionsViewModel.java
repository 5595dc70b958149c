package org.steward.views.classification;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.steward.model.change.Change;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.change.ProposedChange;
import org.steward.model.classification.propagation.PropagationPreview;
import org.steward.model.classification.suggest.ColumnClassifier;
import org.steward.model.classification.suggest.ColumnSuggestion;
import org.steward.model.classification.suggest.RejectedSuggestion;
import org.steward.model.classification.suggest.SuggestionScan;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/**
 * The suggestion review queue: what the detectors suggest for unlabelled columns, filtered by classification,
 * confidence and dataset; accepting records proposed classifications (one undo step), rejecting is remembered.
 */
public final class SuggestionsViewModel {
    public static final String ANY = "Any classification";

    private final WorkspaceSession session;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final ObservableList<ColumnSuggestion> all = FXCollections.observableArrayList();
    private final FilteredList<ColumnSuggestion> shown = new FilteredList<>(all, s -> true);
    private final ObservableList<String> classes = FXCollections.observableArrayList(ANY);
    private final StringProperty classification = new SimpleStringProperty(this, "classification", ANY);
    private final DoubleProperty minConfidence = new SimpleDoubleProperty(this, "minConfidence",
            ColumnClassifier.DEFAULT_THRESHOLD);
    private final StringProperty dataset = new SimpleStringProperty(this, "dataset", "");
    private final ReadOnlyBooleanWrapper scanning = new ReadOnlyBooleanWrapper(this, "scanning");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<PropagationPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");

    public SuggestionsViewModel(WorkspaceSession session, TaskExecutor executor) {
        this.session = session;
        this.workspace = session.workspace();
        this.executor = executor;
        classification.addListener(observable -> refilter());
        minConfidence.addListener(observable -> refilter());
        dataset.addListener(observable -> refilter());
    }

    /** Runs the detectors over every unlabelled column, off the UI thread, with progress in the status bar. */
    public void scan() {
        scanning.set(true);
        status.set("Looking for personal data in unlabelled columns…");
        executor.execute(BackgroundJob.visible("Finding classification suggestions", monitor -> {
            Set<RejectedSuggestion> pending = new HashSet<>();
            for (ProposedChange change : workspace.changes().pending()) {
                if (change.change() instanceof ClassificationAdded added) {
                    pending.add(new RejectedSuggestion(added.entityId(), added.classification()));
                }
            }
            return new SuggestionScan(ColumnClassifier.withThreshold(0.5)).scan(
                    workspace.classifications().unlabelledColumns(), workspace.classifications().rejected(), pending,
                    monitor);
        }, found -> {
            scanning.set(false);
            all.setAll(found);
            TreeSet<String> names = new TreeSet<>();
            found.forEach(s -> names.add(s.classification()));
            classes.setAll(ANY);
            classes.addAll(names);
            refilter();
        }).onFailure(error -> {
            scanning.set(false);
            status.set("Could not finish: " + error.getMessage());
        }));
    }

    private void refilter() {
        String wanted = classification.get();
        String in = dataset.get() == null ? "" : dataset.get().strip().toLowerCase(Locale.ROOT);
        double floor = minConfidence.get();
        shown.setPredicate(s -> (wanted == null || ANY.equals(wanted) || s.classification().equals(wanted))
                && s.confidence() >= floor - 1e-9
                && (in.isEmpty() || s.column().datasetQualifiedName().toLowerCase(Locale.ROOT).contains(in)));
        long columns = shown.stream().map(s -> s.column().id()).distinct().count();
        status.set(shown.size() + " suggestions on " + columns + " columns" + (shown.size() == all.size() ? ""
                : " (" + all.size() + " before filtering)"));
    }

    /** Records each as a proposed classification (propagating) in one undo step and takes it off the queue. */
    public void accept(List<ColumnSuggestion> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        List<ColumnSuggestion> taken = List.copyOf(chosen);
        List<Change> changes = changes(taken);
        executor.execute(BackgroundJob.visible("Accepting " + taken.size() + " suggestions",
                monitor -> session.edits().recordAll(changes), recorded -> {
                    all.removeAll(taken);
                    preview.set(null);
                    refilter();
                }));
    }

    /** Remembers the rejection (never suggested again) and takes it off the queue. */
    public void reject(List<ColumnSuggestion> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        List<ColumnSuggestion> taken = List.copyOf(chosen);
        List<RejectedSuggestion> rejections = taken.stream()
                .map(s -> new RejectedSuggestion(s.column().id(), s.classification())).toList();
        executor.execute(BackgroundJob.visible("Rejecting " + taken.size() + " suggestions", monitor -> {
            workspace.classifications().rejectSuggestions(rejections, session.user());
            return rejections;
        }, done -> {
            all.removeAll(taken);
            refilter();
        }));
    }

    /** What accepting these would propagate, before anything is recorded. */
    public void previewAccept(List<ColumnSuggestion> chosen) {
        if (chosen.isEmpty()) {
            preview.set(null);
            return;
        }
        List<Change> changes = changes(List.copyOf(chosen));
        executor.execute(BackgroundJob.visible("Previewing propagation",
                monitor -> workspace.propagation().preview(changes), preview::set));
    }

    private static List<Change> changes(List<ColumnSuggestion> chosen) {
        return chosen.stream().map(s -> (Change) new ClassificationAdded(s.column().id(), s.classification(), true,
                java.util.Map.of(), null, null, String.format(Locale.ROOT, "accepted suggestion (%s, %.0f%%): %s",
                        s.detector(), s.confidence() * 100, s.suggestion().evidence()))).toList();
    }

    public ObservableList<ColumnSuggestion> shown() {
        return shown;
    }

    public ObservableList<String> classes() {
        return classes;
    }

    public StringProperty classificationProperty() {
        return classification;
    }

    public DoubleProperty minConfidenceProperty() {
        return minConfidence;
    }

    public StringProperty datasetProperty() {
        return dataset;
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PropagationPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }
}
