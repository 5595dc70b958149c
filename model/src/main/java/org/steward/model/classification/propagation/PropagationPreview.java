package org.steward.model.classification.propagation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityType;
import org.steward.model.change.Change;

/**
 * Exactly what recording some changes would do to propagated labels: labels added and removed with their origins,
 * places where labels stop, and one summary line per classification ("PII.Email on 37 columns in 12 datasets").
 *
 * @param entities every entity the preview names, by id
 */
public record PropagationPreview(List<Change> changes, PropagationDiff diff, Map<Long, Entity> entities) {

    public PropagationPreview {
        changes = List.copyOf(changes);
        entities = Map.copyOf(entities);
    }

    /** One line per classification and direction, e.g. {@code + PII.Email on 37 columns in 12 datasets}. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.addAll(lines("+ ", diff.added()));
        Map<String, Integer> reorigined = new TreeMap<>();
        diff.changedOrigins().forEach(label -> reorigined.merge(label.classification(), 1, Integer::sum));
        reorigined.forEach((classification, n) -> lines.add("~ " + classification + " already on " + n
                + (n == 1 ? " entity" : " entities") + " downstream; its origins change"));
        lines.addAll(lines("− ", diff.removed()));
        if (!diff.newStops().isEmpty()) {
            lines.add(diff.newStops().size() + " stopped at anonymising, aggregating or blocked steps");
        }
        if (lines.isEmpty() && !changes.isEmpty()) {
            lines.add("Nothing propagates: no downstream lineage, propagation off, or every label is already there");
        }
        return lines;
    }

    /** Ids of every entity that gains or loses a label, and of the changed entities, for the lineage view. */
    public Set<Long> affectedIds() {
        Set<Long> ids = new LinkedHashSet<>();
        changes.forEach(change -> ids.add(change.entityId()));
        diff.added().forEach(label -> ids.add(label.entityId()));
        diff.removed().forEach(label -> ids.add(label.entityId()));
        return ids;
    }

    /** {@link #affectedIds()} with the datasets of affected columns, so a dataset-level graph can show them. */
    public Set<Long> affectedWithDatasets() {
        Set<Long> ids = new LinkedHashSet<>(affectedIds());
        for (long id : affectedIds()) {
            Entity entity = entities.get(id);
            if (entity != null && entity.parentId() != null) {
                ids.add(entity.parentId());
            }
        }
        return ids;
    }

    /** Where to centre a lineage view of the preview: the first changed entity's dataset, or the entity. */
    public Optional<Long> focusId() {
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        long id = changes.get(0).entityId();
        Entity entity = entities.get(id);
        return Optional.of(entity != null && entity.parentId() != null ? entity.parentId() : id);
    }

    public Optional<Entity> entity(long id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** A qualified name for an id, or {@code #id} when the entity is gone. */
    public String name(long id) {
        Entity entity = entities.get(id);
        return entity == null ? "#" + id : entity.qualifiedName();
    }

    private List<String> lines(String sign, List<PropagatedLabel> labels) {
        Map<String, Counts> byClass = new TreeMap<>();
        for (PropagatedLabel label : labels) {
            Counts counts = byClass.computeIfAbsent(label.classification(), k -> new Counts());
            Entity entity = entities.get(label.entityId());
            if (entity != null && entity.type() == EntityType.COLUMN) {
                counts.columns++;
                counts.datasets.add(entity.parentId());
            } else if (entity != null && entity.type() == EntityType.DASHBOARD) {
                counts.dashboards++;
            } else {
                counts.wholeDatasets++;
            }
        }
        List<String> lines = new ArrayList<>();
        byClass.forEach((classification, counts) -> lines.add(sign + classification + " on " + counts.text()));
        return lines;
    }

    private static final class Counts {
        private int columns;
        private int wholeDatasets;
        private int dashboards;
        private final Set<Long> datasets = new LinkedHashSet<>();

        String text() {
            List<String> parts = new ArrayList<>();
            if (columns > 0) {
                parts.add(plural(columns, "column") + " in " + plural(datasets.size(), "dataset"));
            }
            if (wholeDatasets > 0) {
                parts.add(columns > 0 ? wholeDatasets + " more " + (wholeDatasets == 1 ? "dataset" : "datasets")
                        : plural(wholeDatasets, "dataset"));
            }
            if (dashboards > 0) {
                parts.add(plural(dashboards, "dashboard"));
            }
            return String.join(", ", parts);
        }

        private static String plural(int n, String one) {
            return plural(n, one, one + "s");
        }

        private static String plural(int n, String one, String many) {
            return n + " " + (n == 1 ? one : many);
        }
    }
}
