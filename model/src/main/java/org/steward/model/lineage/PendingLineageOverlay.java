package org.steward.model.lineage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.EntityType;
import org.steward.model.change.Change;
import org.steward.model.change.LineageEdgeAdded;
import org.steward.model.change.LineageEdgeRemoved;
import org.steward.model.change.ProcessAdded;
import org.steward.model.change.ProcessRemoved;
import org.steward.model.change.ProposedChange;
import org.steward.model.lineage.LineageEdge.PendingState;

/**
 * Overlays pending lineage edits on a subgraph. An added edge or process shows when one of its ends is shown (the
 * other end joins the subgraph one hop further out); a removed edge, or every edge of a removed process, stays
 * visible marked {@link PendingState#REMOVED}. A pending process has the synthetic id
 * {@link ProcessAdded#syntheticId(long)} and {@link LineageNode#pending()} set.
 */
final class PendingLineageOverlay {
    private final LineageSource source;

    PendingLineageOverlay(LineageSource source) {
        this.source = source;
    }

    void apply(List<ProposedChange> pending, Map<Long, LineageNode> nodes, List<LineageEdge> edges,
               Map<Long, Integer> distance) {
        for (ProposedChange proposed : pending) {
            Change change = proposed.change();
            if (change instanceof LineageEdgeAdded added) {
                addEdge(added.fromId(), added.toId(), added.viaProcessId(), nodes, edges, distance);
            } else if (change instanceof LineageEdgeRemoved removed) {
                markRemoved(edges, Set.of(removed.fromId()), Set.of(removed.toId()));
            } else if (change instanceof ProcessRemoved removed) {
                markRemoved(edges, Set.of(removed.processId()), null);
                markRemoved(edges, null, Set.of(removed.processId()));
            } else if (change instanceof ProcessAdded process) {
                addProcess(proposed.id(), process, nodes, edges, distance);
            }
        }
    }

    private void addProcess(long changeId, ProcessAdded process, Map<Long, LineageNode> nodes,
                            List<LineageEdge> edges, Map<Long, Integer> distance) {
        List<Long> ends = new ArrayList<>(process.inputIds());
        ends.addAll(process.outputIds());
        if (ends.stream().noneMatch(distance::containsKey)) {
            return;
        }
        long id = ProcessAdded.syntheticId(changeId);
        Integer anchor = process.inputIds().stream().filter(distance::containsKey).map(distance::get).findFirst()
                .orElse(null);
        distance.put(id, anchor != null ? anchor + 1
                : distance.get(process.outputIds().stream().filter(distance::containsKey).findFirst().get()) - 1);
        nodes.put(id, new LineageNode(id, EntityType.PROCESS, "manual", process.name(), process.qualifiedName(),
                "", null, List.of(), true));
        for (long input : process.inputIds()) {
            addEdge(input, id, null, nodes, edges, distance);
        }
        for (long output : process.outputIds()) {
            addEdge(id, output, null, nodes, edges, distance);
        }
    }

    private void addEdge(long from, long to, Long via, Map<Long, LineageNode> nodes, List<LineageEdge> edges,
                         Map<Long, Integer> distance) {
        boolean fromShown = distance.containsKey(from);
        boolean toShown = distance.containsKey(to);
        if (!fromShown && !toShown) {
            return;
        }
        long missing = fromShown ? to : from;
        if (!fromShown || !toShown) {
            LineageNode node = source.describe(List.of(missing)).get(missing);
            if (node == null) {
                return;
            }
            nodes.put(missing, node);
            distance.put(missing, fromShown ? distance.get(from) + 1 : distance.get(to) - 1);
        }
        boolean column = nodes.get(from) != null && nodes.get(to) != null
                && nodes.get(from).type() == EntityType.COLUMN && nodes.get(to).type() == EntityType.COLUMN;
        edges.add(new LineageEdge(from, to, column ? LineageLevel.COLUMN : LineageLevel.DATASET, via,
                PendingState.ADDED));
    }

    /** Marks stored edges from any of {@code froms} (null: any) to any of {@code tos} (null: any) as removed. */
    private static void markRemoved(List<LineageEdge> edges, Set<Long> froms, Set<Long> tos) {
        Set<Long> anyFrom = froms == null ? null : new HashSet<>(froms);
        for (ListIterator<LineageEdge> it = edges.listIterator(); it.hasNext(); ) {
            LineageEdge edge = it.next();
            boolean fromMatches = anyFrom == null || anyFrom.contains(edge.fromId());
            boolean toMatches = tos == null || tos.contains(edge.toId());
            if (fromMatches && toMatches) {
                it.set(new LineageEdge(edge.fromId(), edge.toId(), edge.level(), edge.viaProcessId(),
                        PendingState.REMOVED));
            }
        }
    }
}
