package org.steward.model.classification.propagation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.Entity;
import org.steward.model.change.Change;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.change.ClassificationRemoved;
import org.steward.model.change.LineageEdgeAdded;
import org.steward.model.change.LineageEdgeRemoved;
import org.steward.model.change.ProcessRemoved;

/**
 * Direct labels and lineage as they will be once some changes are applied (adds, removals, lineage edits). A label
 * whose validity has already ended stays on its entity but propagates nothing.
 */
final class EditedState {
    private final Map<String, DirectLabel> labels = new LinkedHashMap<>();
    private final List<Change> lineageEdits = new ArrayList<>();

    EditedState(List<DirectLabel> stored) {
        stored.forEach(label -> labels.put(key(label.entityId(), label.classification()), label));
    }

    EditedState apply(Collection<? extends Change> changes) {
        for (Change change : changes) {
            if (change instanceof ClassificationAdded added) {
                boolean ended = added.endedBefore(java.time.LocalDate.now());
                labels.put(key(added.entityId(), added.classification()),
                        new DirectLabel(added.entityId(), added.classification(), added.propagate() && !ended));
            } else if (change instanceof ClassificationRemoved removed) {
                labels.remove(key(removed.entityId(), removed.classification()));
            } else if (change instanceof LineageEdgeAdded || change instanceof LineageEdgeRemoved
                    || change instanceof ProcessRemoved) {
                lineageEdits.add(change);
            }
        }
        return this;
    }

    List<DirectLabel> labels() {
        return List.copyOf(labels.values());
    }

    boolean editsLineage() {
        return !lineageEdits.isEmpty();
    }

    /** Applies the lineage edits to a graph builder; ends of added edges are described by {@code source}. */
    PropagationGraph.Builder editLineage(PropagationGraph.Builder builder, PropagationSource source) {
        Set<Long> unknown = new HashSet<>();
        for (Change change : lineageEdits) {
            if (change instanceof LineageEdgeAdded added) {
                for (long id : new long[] {added.fromId(), added.toId()}) {
                    if (!builder.hasNode(id)) {
                        unknown.add(id);
                    }
                }
            }
        }
        Map<Long, Entity> described = unknown.isEmpty() ? Map.of() : source.entities(unknown);
        described.values().forEach(entity -> builder.node(entity.id(), entity.type(), entity.parentId()));
        for (Change change : lineageEdits) {
            if (change instanceof LineageEdgeAdded added) {
                builder.edge(added.fromId(), added.toId(), added.viaProcessId() == null ? 0 : added.viaProcessId());
            } else if (change instanceof LineageEdgeRemoved removed) {
                builder.removeEdge(removed.fromId(), removed.toId());
            } else if (change instanceof ProcessRemoved removed) {
                builder.removeNode(removed.processId());
            }
        }
        return builder;
    }

    private static String key(long entityId, String classification) {
        return entityId + "\u0000" + classification;
    }
}
