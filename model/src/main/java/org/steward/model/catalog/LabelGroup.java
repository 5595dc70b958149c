package org.steward.model.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One classification on an entity as shown: once, direct or propagated, with every entity it propagated from.
 *
 * @param direct    the label was put on this entity itself
 * @param origins   qualified names of the entities it propagated from (may be non-empty for a direct label too)
 * @param propagate for a direct label, whether it flows downstream
 */
public record LabelGroup(String classification, boolean direct, boolean propagate, List<String> origins) {

    public LabelGroup {
        origins = List.copyOf(origins);
    }

    /** Groups assignments by classification, keeping the order they come in. */
    public static List<LabelGroup> of(List<ClassificationAssignment> assignments) {
        Map<String, List<ClassificationAssignment>> byClass = new LinkedHashMap<>();
        assignments.forEach(a -> byClass.computeIfAbsent(a.classification(), k -> new ArrayList<>()).add(a));
        List<LabelGroup> groups = new ArrayList<>();
        byClass.forEach((classification, list) -> {
            boolean direct = list.stream().anyMatch(ClassificationAssignment::direct);
            boolean propagate = list.stream().filter(ClassificationAssignment::direct)
                    .anyMatch(ClassificationAssignment::propagate);
            List<String> origins = list.stream().filter(a -> !a.direct()).map(ClassificationAssignment::originQualifiedName)
                    .distinct().toList();
            groups.add(new LabelGroup(classification, direct, propagate, origins));
        });
        return groups;
    }
}
