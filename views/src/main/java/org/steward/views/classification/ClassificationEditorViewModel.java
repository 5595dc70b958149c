package org.steward.views.classification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.steward.model.catalog.Entity;
import org.steward.model.change.Change;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.change.ClassificationRemoved;
import org.steward.model.classification.ClassificationDef;
import org.steward.model.classification.WorkspaceTaxonomy;
import org.steward.model.classification.propagation.PropagationPreview;
import org.steward.model.ingest.ClassificationDefinitionRecord;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/**
 * Assigning or removing one classification on one or many entities: the classification with its attributes,
 * validity, propagate flag and comment; a preview of where it propagates; recording it as proposed changes, one
 * undo step for the whole selection.
 */
public final class ClassificationEditorViewModel {
    private final WorkspaceSession session;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final ObservableList<Entity> targets = FXCollections.observableArrayList();
    private final ObservableList<String> classifications = FXCollections.observableArrayList();
    private final StringProperty classification = new SimpleStringProperty(this, "classification", "");
    private final ObservableList<String> attributeNames = FXCollections.observableArrayList();
    private final ObservableMap<String, String> attributes = FXCollections.observableHashMap();
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>(this, "validFrom");
    private final ObjectProperty<LocalDate> validTo = new SimpleObjectProperty<>(this, "validTo");
    private final BooleanProperty propagate = new SimpleBooleanProperty(this, "propagate", true);
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final ReadOnlyObjectWrapper<PropagationPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private WorkspaceTaxonomy taxonomy;

    public ClassificationEditorViewModel(WorkspaceSession session, TaskExecutor executor) {
        this.session = session;
        this.workspace = session.workspace();
        this.executor = executor;
        classification.addListener((observable, old, now) -> {
            preview.set(null);
            refreshAttributes();
        });
        targets.addListener((javafx.collections.ListChangeListener<Entity>) change -> preview.set(null));
    }

    /** Loads the workspace's taxonomy (shipped, Atlas-merged and users' own classifications). */
    public void load() {
        executor.execute(BackgroundJob.quiet("Loading the taxonomy", monitor -> workspace.classifications().taxonomy(),
                loaded -> {
                    taxonomy = loaded;
                    classifications.setAll(loaded.all().stream().map(ClassificationDef::name).toList());
                    refreshAttributes();
                }));
    }

    /**
     * Adds the user's own classification to the workspace taxonomy (saved at once, audited) and picks it.
     *
     * @param attributeNames attribute names separated by commas or spaces
     */
    public void define(String name, String parent, String description, int sensitivity, String attributeNames) {
        List<String> names = attributeNames == null || attributeNames.isBlank() ? List.of()
                : java.util.Arrays.stream(attributeNames.split("[,\\s]+")).filter(n -> !n.isBlank()).toList();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            message.set("A new classification needs a name, e.g. Internal.Restricted.");
            return;
        }
        message.set("");
        executor.execute(BackgroundJob.visible("Adding classification " + trimmed, monitor -> {
            workspace.classifications().define(new ClassificationDefinitionRecord(trimmed,
                    parent == null ? "" : parent.strip(), description, sensitivity, names), session.user());
            return workspace.classifications().taxonomy();
        }, loaded -> {
            taxonomy = loaded;
            classifications.setAll(loaded.all().stream().map(ClassificationDef::name).toList());
            classification.set(trimmed);
            refreshAttributes();
        }).onFailure(error -> message.set(error.getMessage())));
    }

    private void refreshAttributes() {
        List<String> names = taxonomy == null ? List.of() : taxonomy.attributesOf(classification.get());
        attributes.keySet().retainAll(names);
        attributeNames.setAll(names);
    }

    /** The changes an assignment would record, one per target. */
    public List<Change> assignments() {
        String name = classification.get() == null ? "" : classification.get().strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Choose a classification first.");
        }
        if (taxonomy != null && !taxonomy.taxonomy().contains(name)) {
            throw new IllegalArgumentException(name + " is not in the taxonomy. Add it as your own classification"
                    + " first, or pick one from the list.");
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("Select the entities or columns to classify.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        attributes.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                values.put(key, value.strip());
            }
        });
        List<Change> changes = new ArrayList<>();
        for (Entity target : targets) {
            changes.add(new ClassificationAdded(target.id(), name, propagate.get(), values, validFrom.get(),
                    validTo.get(), comment.get()));
        }
        return changes;
    }

    /** The changes removing {@code name} would record, for the targets that carry it directly. */
    public List<Change> removals(String name) {
        return targets.stream().map(target -> (Change) new ClassificationRemoved(target.id(), name, comment.get()))
                .toList();
    }

    /** Computes, off the UI thread, what assigning would add to propagation. */
    public void previewAssignment() {
        run(this::assignments, "Previewing propagation", changes -> workspace.propagation().preview(changes),
                preview::set);
    }

    /** Computes what removing a classification from the targets would withdraw downstream. */
    public void previewRemoval(String name) {
        run(() -> removals(name), "Previewing propagation", changes -> workspace.propagation().preview(changes),
                preview::set);
    }

    /** Records the assignment as proposed changes (one undo step); {@code done} runs after. */
    public void assign(Runnable done) {
        run(this::assignments, "Recording classifications", changes -> session.edits().recordAll(changes),
                recorded -> done.run());
    }

    public void remove(String name, Runnable done) {
        run(() -> removals(name), "Removing classification", changes -> session.edits().recordAll(changes),
                recorded -> done.run());
    }

    private <T> void run(java.util.function.Supplier<List<Change>> build, String title,
                         java.util.function.Function<List<Change>, T> work, java.util.function.Consumer<T> then) {
        List<Change> changes;
        try {
            changes = build.get();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        message.set("");
        busy.set(true);
        executor.execute(BackgroundJob.visible(title, monitor -> work.apply(changes), result -> {
            busy.set(false);
            then.accept(result);
        }).onFailure(error -> {
            busy.set(false);
            message.set(error.getMessage() == null ? error.toString() : error.getMessage());
        }));
    }

    public ObservableList<Entity> targets() {
        return targets;
    }

    public ObservableList<String> classifications() {
        return classifications;
    }

    public StringProperty classificationProperty() {
        return classification;
    }

    public ObservableList<String> attributeNames() {
        return attributeNames;
    }

    public ObservableMap<String, String> attributes() {
        return attributes;
    }

    public ObjectProperty<LocalDate> validFromProperty() {
        return validFrom;
    }

    public ObjectProperty<LocalDate> validToProperty() {
        return validTo;
    }

    public BooleanProperty propagateProperty() {
        return propagate;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ReadOnlyObjectProperty<PropagationPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
