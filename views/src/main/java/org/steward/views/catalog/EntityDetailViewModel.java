package org.steward.views.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityType;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.catalog.GlossaryTerm;
import org.steward.model.catalog.Owner;
import org.steward.model.change.Change;
import org.steward.model.change.ChangeKind;
import org.steward.model.change.DescriptionChange;
import org.steward.model.change.GlossaryTermsChange;
import org.steward.model.change.OverlaidDetails;
import org.steward.model.change.OwnerChange;
import org.steward.model.change.ProposedChange;
import org.steward.model.classification.propagation.PropagationRule;
import org.steward.model.classification.propagation.RuleKind;
import org.steward.model.workspace.Workspace;
import org.steward.model.workspace.WorkspaceListener;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/**
 * The detail pane's state: one entity with its pending changes overlaid. Edits become {@link Change}s recorded
 * through the session's edit history; the pane reloads whenever the workspace's changes move (edit, undo, redo).
 */
public final class EntityDetailViewModel {
    private final WorkspaceSession session;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<OverlaidDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyObjectWrapper<RuleKind> processRule = new ReadOnlyObjectWrapper<>(this, "processRule");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ObservableList<Owner> owners = FXCollections.observableArrayList();
    private final ObservableList<GlossaryTerm> glossaryTerms = FXCollections.observableArrayList();
    private final WorkspaceListener listener;
    private Long entityId;
    private long generation;

    public EntityDetailViewModel(WorkspaceSession session, TaskExecutor executor) {
        this.session = session;
        this.workspace = session.workspace();
        this.executor = executor;
        this.listener = new WorkspaceListener() {
            @Override
            public void changesChanged() {
                executor.runOnUi(EntityDetailViewModel.this::reload);
            }

            @Override
            public void catalogChanged() {
                executor.runOnUi(EntityDetailViewModel.this::reload);
            }
        };
        workspace.addListener(listener);
    }

    /** Loads the owner and glossary choices for the pickers. */
    public void loadChoices() {
        executor.execute(BackgroundJob.quiet("Loading owners and glossary", monitor ->
                new Choices(workspace.catalog().owners(), workspace.catalog().glossaryTerms()), choices -> {
                    owners.setAll(choices.owners());
                    glossaryTerms.setAll(choices.terms());
                }));
    }

    /** Shows the entity with this id, or nothing for {@code null}. */
    public void show(Long id) {
        entityId = id;
        reload();
    }

    public void reload() {
        long mine = ++generation;
        Long id = entityId;
        if (id == null) {
            details.set(null);
            loading.set(false);
            return;
        }
        loading.set(true);
        executor.execute(BackgroundJob.quiet("Loading details", monitor -> load(id), loaded -> {
            if (mine == generation) {
                loading.set(false);
                processRule.set(loaded.map(Loaded::processRule).orElse(null));
                details.set(loaded.map(Loaded::details).orElse(null));
            }
        }).onFailure(error -> {
            if (mine == generation) {
                loading.set(false);
                details.set(null);
            }
        }));
    }

    private Optional<Loaded> load(long id) {
        Optional<EntityDetails> stored = workspace.catalog().details(id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        List<Long> ids = new ArrayList<>();
        ids.add(id);
        stored.get().columns().forEach(column -> ids.add(column.column().id()));
        Map<Long, List<ProposedChange>> pending = workspace.changes().pendingFor(ids);
        RuleKind rule = stored.get().entity().type() == EntityType.PROCESS
                ? workspace.classifications().rules().atProcess(id, "").map(PropagationRule::kind).orElse(null)
                : null;
        return Optional.of(new Loaded(workspace.overlay().apply(stored.get(), pending), rule));
    }

    /**
     * Marks the shown process as anonymising or aggregating, blocks it, or (empty) lets labels pass again. This is a
     * workspace setting, saved and audited at once, not a change to the platform.
     */
    public void setProcessRule(Optional<RuleKind> kind) {
        current().filter(entity -> entity.type() == EntityType.PROCESS).ifPresent(process ->
                executor.execute(BackgroundJob.visible("Saving propagation rule", monitor -> {
                    workspace.classifications().clearRules(process.id(), null, session.user());
                    kind.ifPresent(rule -> workspace.classifications().addRule(
                            PropagationRule.process(rule, process.id()), session.user()));
                    return kind.orElse(null);
                }, saved -> processRule.set(saved))));
    }

    public ReadOnlyObjectProperty<RuleKind> processRuleProperty() {
        return processRule.getReadOnlyProperty();
    }

    public void saveDescription(String description) {
        current().ifPresent(entity -> {
            if (!entity.description().equals(description)) {
                record(new DescriptionChange(entity.id(), entity.description(), description));
            }
        });
    }

    /** A new description for one of the shown dataset's columns. */
    public void saveColumnDescription(Entity column, String description) {
        if (!column.description().equals(description)) {
            record(new DescriptionChange(column.id(), column.description(), description));
        }
    }

    public void changeOwner(String ownerId) {
        String after = ownerId == null ? "" : ownerId;
        current().ifPresent(entity -> {
            if (!entity.owner().equals(after)) {
                record(new OwnerChange(entity.id(), entity.owner(), after));
            }
        });
    }

    public void addGlossaryTerm(String qualifiedName) {
        List<String> before = termNames();
        if (qualifiedName == null || qualifiedName.isBlank() || before.contains(qualifiedName)) {
            return;
        }
        List<String> after = new ArrayList<>(before);
        after.add(qualifiedName);
        current().ifPresent(entity -> record(new GlossaryTermsChange(entity.id(), before, after)));
    }

    public void removeGlossaryTerm(String qualifiedName) {
        List<String> before = termNames();
        if (!before.contains(qualifiedName)) {
            return;
        }
        List<String> after = new ArrayList<>(before);
        after.remove(qualifiedName);
        current().ifPresent(entity -> record(new GlossaryTermsChange(entity.id(), before, after)));
    }

    private List<String> termNames() {
        OverlaidDetails shown = details.get();
        return shown == null ? List.of()
                : shown.details().glossaryTerms().stream().map(GlossaryTerm::qualifiedName).toList();
    }

    private Optional<Entity> current() {
        OverlaidDetails shown = details.get();
        return shown == null ? Optional.empty() : Optional.of(shown.details().entity());
    }

    private void record(Change change) {
        executor.execute(BackgroundJob.quiet("Recording " + change.kind().label(),
                monitor -> session.edits().record(change), proposed -> reload()));
    }

    public boolean isPending(ChangeKind kind) {
        OverlaidDetails shown = details.get();
        return shown != null && shown.isPending(kind);
    }

    public void dispose() {
        workspace.removeListener(listener);
    }

    public ReadOnlyObjectProperty<OverlaidDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<Owner> owners() {
        return owners;
    }

    public ObservableList<GlossaryTerm> glossaryTerms() {
        return glossaryTerms;
    }

    private record Loaded(OverlaidDetails details, RuleKind processRule) {
    }

    private record Choices(List<Owner> owners, List<GlossaryTerm> terms) {
    }
}
