package org.steward.model.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.EntityType;
import org.steward.model.change.AttributeChange;
import org.steward.model.change.ClassificationAdded;
import org.steward.model.change.ClassificationRemoved;
import org.steward.model.change.OwnerChange;
import org.steward.model.change.ProposedChange;

/**
 * Everything the rules read, in memory: datasets and dashboards with their columns, dataset-level lineage with
 * processes collapsed ({@code flows}: entity id to the entity ids it feeds) and column-level lineage.
 */
public record PolicyCatalog(List<EntityFacts> entities, Map<Long, Set<Long>> flows, Map<Long, Set<Long>> columnFlows) {

    public PolicyCatalog {
        entities = List.copyOf(entities);
        flows = Map.copyOf(flows);
        columnFlows = Map.copyOf(columnFlows);
    }

    /** The datasets among the entities (not dashboards): what the retention, DPIA and owner rules judge. */
    public List<EntityFacts> datasets() {
        return entities.stream().filter(entity -> entity.type() == EntityType.DATASET).toList();
    }

    /**
     * The catalog as it will be once pending edits land: owners, attributes, classifications added or removed. The
     * rules then judge what the steward sees, so a fix shows as fixed as soon as it is proposed.
     */
    public PolicyCatalog withPending(List<ProposedChange> pending) {
        Map<Long, String> owners = new HashMap<>();
        Map<Long, List<AttributeChange>> attributeChanges = new HashMap<>();
        Map<Long, List<Object>> labelChanges = new HashMap<>();
        for (ProposedChange proposed : pending) {
            if (proposed.change() instanceof OwnerChange owner) {
                owners.put(owner.entityId(), owner.after());
            } else if (proposed.change() instanceof AttributeChange attribute) {
                attributeChanges.computeIfAbsent(attribute.entityId(), k -> new ArrayList<>()).add(attribute);
            } else if (proposed.change() instanceof ClassificationAdded
                    || proposed.change() instanceof ClassificationRemoved) {
                labelChanges.computeIfAbsent(proposed.change().entityId(), k -> new ArrayList<>())
                        .add(proposed.change());
            }
        }
        if (owners.isEmpty() && labelChanges.isEmpty() && attributeChanges.isEmpty()) {
            return this;
        }
        List<EntityFacts> overlaid = new ArrayList<>(entities.size());
        for (EntityFacts entity : entities) {
            EntityFacts next = owners.containsKey(entity.id()) ? entity.withOwner(owners.get(entity.id())) : entity;
            if (attributeChanges.containsKey(next.id())) {
                Map<String, String> attributes = new HashMap<>(next.attributes());
                attributeChanges.get(next.id()).forEach(change -> change.applyTo(attributes));
                next = next.withAttributes(attributes);
            }
            boolean touched = labelChanges.containsKey(next.id())
                    || next.columns().stream().anyMatch(column -> labelChanges.containsKey(column.id()));
            if (touched) {
                List<ColumnFacts> columns = next.columns().stream().map(column -> labelChanges.containsKey(column.id())
                        ? column.withLabels(apply(column.labels(), labelChanges.get(column.id()))) : column).toList();
                next = next.withLabels(apply(next.labels(), labelChanges.getOrDefault(next.id(), List.of())), columns);
            }
            overlaid.add(next);
        }
        return new PolicyCatalog(overlaid, flows, columnFlows);
    }

    private static List<String> apply(List<String> labels, List<Object> changes) {
        Set<String> result = new LinkedHashSet<>(labels);
        for (Object change : changes) {
            if (change instanceof ClassificationAdded added) {
                result.add(added.classification());
            } else if (change instanceof ClassificationRemoved removed) {
                result.remove(removed.classification());
            }
        }
        return List.copyOf(result);
    }
}
