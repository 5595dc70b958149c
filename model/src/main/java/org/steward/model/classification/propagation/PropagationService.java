package org.steward.model.classification.propagation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityType;
import org.steward.model.change.Change;
import org.steward.model.change.ProposedChange;

/**
 * Propagated labels of a workspace: as stored, with pending changes, and what a set of new changes would do (the
 * preview). Results are cached until {@link #invalidate()}; the workspace calls it when the catalog, its pending
 * changes or the propagation rules move. Thread-safe.
 */
public final class PropagationService {
    private final PropagationSource source;
    private volatile Snapshot snapshot;

    public PropagationService(PropagationSource source) {
        this.source = source;
    }

    public void invalidate() {
        snapshot = null;
    }

    /** Labels propagated from the stored direct labels alone. */
    public PropagatedSet stored() {
        return snapshot().stored();
    }

    /** Labels propagated once every pending change is applied. */
    public PropagatedSet withPending() {
        return snapshot().withPending();
    }

    /** What the pending changes do to propagated labels, for the overlay. */
    public PropagationDiff pendingEffect() {
        return snapshot().pendingEffect();
    }

    /** What recording {@code changes} (on top of the pending ones) would add to and remove from propagation. */
    public PropagationPreview preview(List<? extends Change> changes) {
        Snapshot current = snapshot();
        EditedState edited = new EditedState(source.directLabels())
                .apply(current.pending().stream().map(ProposedChange::change).toList()).apply(changes);
        PropagatedSet after = propagation(edited, current, changes).compute(edited.labels());
        PropagationDiff diff = after.since(current.withPending());
        Set<Long> ids = new HashSet<>();
        changes.forEach(change -> ids.add(change.entityId()));
        diff.added().forEach(label -> {
            ids.add(label.entityId());
            ids.addAll(label.originIds());
        });
        diff.removed().forEach(label -> {
            ids.add(label.entityId());
            ids.addAll(label.originIds());
        });
        diff.newStops().forEach(stop -> {
            ids.add(stop.atId());
            ids.add(stop.toId());
        });
        return new PropagationPreview(List.copyOf(changes), diff, source.entities(ids));
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = compute();
                }
                current = snapshot;
            }
        }
        return current;
    }

    private Snapshot compute() {
        PropagationRules rules = source.rules();
        List<DirectLabel> labels = source.directLabels();
        List<ProposedChange> pending = source.pending();
        PropagatedSet before = new ClassificationPropagation(build(new EditedState(List.of()), labels), rules)
                .compute(labels);
        EditedState edited = new EditedState(labels).apply(pending.stream().map(ProposedChange::change).toList());
        PropagationGraph graph = build(edited, edited.labels());
        PropagatedSet after = new ClassificationPropagation(graph, rules).compute(edited.labels());
        return new Snapshot(rules, pending, graph, before, after, after.since(before));
    }

    private ClassificationPropagation propagation(EditedState edited, Snapshot current,
                                                  List<? extends Change> changes) {
        Set<Long> unknown = new HashSet<>();
        changes.forEach(change -> {
            if (!current.graph().contains(change.entityId())) {
                unknown.add(change.entityId());
            }
        });
        boolean rebuild = edited.editsLineage() || !describedColumns(unknown).isEmpty();
        PropagationGraph graph = rebuild ? build(edited, edited.labels()) : current.graph();
        return new ClassificationPropagation(graph, current.rules());
    }

    /** The stored graph with lineage edits applied, knowing every labelled column (lineage or not). */
    private PropagationGraph build(EditedState edited, List<DirectLabel> labels) {
        PropagationGraph.Builder builder = PropagationGraph.from(source.lineage());
        Set<Long> missing = new HashSet<>();
        labels.forEach(label -> {
            if (!builder.hasNode(label.entityId())) {
                missing.add(label.entityId());
            }
        });
        describedColumns(missing).forEach(column ->
                builder.node(column.id(), column.type(), column.parentId()));
        return edited.editLineage(builder, source).build();
    }

    /**
     * Columns without column-level lineage still propagate at dataset level from their dataset, so the graph needs
     * to know them; other entities without lineage propagate nowhere.
     */
    private List<Entity> describedColumns(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return source.entities(ids).values().stream()
                .filter(entity -> entity.type() == EntityType.COLUMN && entity.parentId() != null).toList();
    }

    private record Snapshot(PropagationRules rules, List<ProposedChange> pending, PropagationGraph graph,
                            PropagatedSet stored, PropagatedSet withPending, PropagationDiff pendingEffect) {
    }
}
