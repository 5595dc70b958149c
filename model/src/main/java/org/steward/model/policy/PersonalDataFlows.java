package org.steward.model.policy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where personal data flows. From every entity that holds personal data, the walk follows dataset lineage
 * downstream, through datasets nobody has classified yet (they pass data on unseen), and stops at the first
 * classified one: it is a target, and if it holds personal data itself it starts its own walk. Where column-level
 * lineage links two datasets, only the columns fed by personal columns carry the data on; a hop whose column
 * lineage starts at no personal column carries nothing.
 */
final class PersonalDataFlows {
    private final PolicyCatalog catalog;
    private final PersonalData personal;
    private final Map<Long, EntityFacts> entities = new HashMap<>();
    private final Map<Long, Long> columnOwner = new HashMap<>();

    PersonalDataFlows(PolicyCatalog catalog, PersonalData personal) {
        this.catalog = catalog;
        this.personal = personal;
        for (EntityFacts entity : catalog.entities()) {
            entities.put(entity.id(), entity);
            entity.columns().forEach(column -> columnOwner.put(column.id(), entity.id()));
        }
    }

    List<DataFlow> flows() {
        List<DataFlow> flows = new ArrayList<>();
        for (EntityFacts origin : catalog.entities()) {
            List<String> labels = List.copyOf(personal.personalLabels(origin));
            if (!labels.isEmpty()) {
                walk(origin, labels, flows);
            }
        }
        return flows;
    }

    private void walk(EntityFacts origin, List<String> labels, List<DataFlow> flows) {
        Set<Long> personalColumns = new HashSet<>();
        boolean wholeDataset = !origin.labels().stream().filter(personal::isPersonal).toList().isEmpty();
        origin.columns().stream().filter(column -> column.labels().stream().anyMatch(personal::isPersonal))
                .forEach(column -> personalColumns.add(column.id()));
        Deque<Step> queue = new ArrayDeque<>();
        queue.add(new Step(origin.id(), wholeDataset ? null : personalColumns, List.of()));
        Set<Long> seen = new HashSet<>();
        seen.add(origin.id());
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            for (long next : catalog.flows().getOrDefault(step.entity(), Set.of())) {
                EntityFacts target = entities.get(next);
                if (target == null || !seen.add(next)) {
                    continue;
                }
                Set<Long> carried = carried(step, next);
                if (carried != null && carried.isEmpty()) {
                    continue;
                }
                if (target.classified()) {
                    flows.add(new DataFlow(origin, target, labels, step.via()));
                } else {
                    List<String> via = new ArrayList<>(step.via());
                    via.add(target.qualifiedName());
                    queue.add(new Step(next, carried, via));
                }
            }
        }
    }

    /**
     * The target's columns fed by carried columns when column lineage links the two, or {@code null} for "the
     * whole dataset" when it does not.
     */
    private Set<Long> carried(Step step, long target) {
        EntityFacts from = entities.get(step.entity());
        boolean linked = false;
        Set<Long> reached = new HashSet<>();
        for (ColumnFacts column : from.columns()) {
            for (long fed : catalog.columnFlows().getOrDefault(column.id(), Set.of())) {
                if (columnOwner.getOrDefault(fed, -1L) == target) {
                    linked = true;
                    if (step.columns() == null || step.columns().contains(column.id())) {
                        reached.add(fed);
                    }
                }
            }
        }
        return linked ? reached : null;
    }

    private record Step(long entity, Set<Long> columns, List<String> via) {
    }
}
