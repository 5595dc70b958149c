package org.steward.model.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Groups offending flows by their target, so each target is one violation listing every path into it. */
final class FlowFindings {

    private FlowFindings() {
    }

    static Map<EntityFacts, List<DataFlow>> byTarget(List<DataFlow> flows, Predicate<DataFlow> offending) {
        Map<EntityFacts, List<DataFlow>> grouped = new LinkedHashMap<>();
        for (DataFlow flow : flows) {
            if (offending.test(flow)) {
                grouped.computeIfAbsent(flow.target(), k -> new ArrayList<>()).add(flow);
            }
        }
        return grouped;
    }

    static List<String> evidence(List<DataFlow> flows) {
        List<String> evidence = new ArrayList<>();
        for (DataFlow flow : flows) {
            evidence.add(flow.path() + " (" + String.join(", ", flow.labels()) + ")");
        }
        return evidence;
    }

    static String labels(List<DataFlow> flows) {
        Set<String> labels = new LinkedHashSet<>();
        flows.forEach(flow -> labels.addAll(flow.labels()));
        return String.join(", ", labels);
    }

    static String origins(List<DataFlow> flows) {
        List<String> names = flows.stream().map(flow -> flow.origin().qualifiedName()).distinct().toList();
        return names.size() <= 2 ? String.join(" and ", names) : names.get(0) + " and " + (names.size() - 1) + " more";
    }
}
