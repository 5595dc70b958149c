package org.steward.model.classification.propagation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        PropagatedSet after = propagation(edited, current).compute(edited.labels());
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
        PropagationGraph.Builder stored = PropagationGraph.from(source.lineage());
        PropagationRules rules = source.rules();
        List<DirectLabel> labels = source.directLabels();
        List<ProposedChange> pending = source.pending();
        PropagatedSet before = new ClassificationPropagation(stored.build(), rules).compute(labels);
        EditedState edited = new EditedState(labels).apply(pending.stream().map(ProposedChange::change).toList());
        PropagationGraph graph = edited.editsLineage()
                ? edited.editLineage(PropagationGraph.from(source.lineage()), source).build()
                : stored.build();
        PropagatedSet after = new ClassificationPropagation(graph, rules).compute(edited.labels());
        return new Snapshot(rules, pending, graph, before, after, after.since(before));
    }

    private ClassificationPropagation propagation(EditedState edited, Snapshot current) {
        PropagationGraph graph = edited.editsLineage()
                ? edited.editLineage(PropagationGraph.from(source.lineage()), source).build()
                : current.graph();
        return new ClassificationPropagation(graph, current.rules());
    }

    private record Snapshot(PropagationRules rules, List<ProposedChange> pending, PropagationGraph graph,
                            PropagatedSet stored, PropagatedSet withPending, PropagationDiff pendingEffect) {
    }
}
