package org.steward.model.classification.propagation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Every propagated label of a catalog state, by entity, and where labels were stopped. */
public final class PropagatedSet {
    private final Map<Long, Map<String, TreeSet<Long>>> labels;
    private final Set<PropagationStop> stops;

    private PropagatedSet(Map<Long, Map<String, TreeSet<Long>>> labels, Set<PropagationStop> stops) {
        this.labels = labels;
        this.stops = stops;
    }

    public static PropagatedSet empty() {
        return new PropagatedSet(Map.of(), Set.of());
    }

    /** The labels propagated to an entity, by classification, each once. */
    public List<PropagatedLabel> on(long entityId) {
        List<PropagatedLabel> result = new ArrayList<>();
        labels.getOrDefault(entityId, Map.of()).forEach((classification, origins) ->
                result.add(new PropagatedLabel(entityId, classification, origins)));
        return result;
    }

    public Optional<PropagatedLabel> find(long entityId, String classification) {
        TreeSet<Long> origins = labels.getOrDefault(entityId, Map.of()).get(classification);
        return origins == null ? Optional.empty()
                : Optional.of(new PropagatedLabel(entityId, classification, origins));
    }

    public List<PropagatedLabel> all() {
        List<PropagatedLabel> result = new ArrayList<>();
        labels.keySet().stream().sorted().forEach(id -> result.addAll(on(id)));
        return result;
    }

    public int size() {
        return labels.values().stream().mapToInt(Map::size).sum();
    }

    public Set<PropagationStop> stops() {
        return stops;
    }

    /**
     * What changes from {@code before} to this set: labels that appear, labels that go, and labels that stay with
     * other origins.
     */
    public PropagationDiff since(PropagatedSet before) {
        List<PropagatedLabel> added = new ArrayList<>();
        List<PropagatedLabel> removed = new ArrayList<>();
        List<PropagatedLabel> reorigined = new ArrayList<>();
        for (PropagatedLabel label : all()) {
            Optional<PropagatedLabel> old = before.find(label.entityId(), label.classification());
            if (old.isEmpty()) {
                added.add(label);
            } else if (!old.get().originIds().equals(label.originIds())) {
                reorigined.add(label);
            }
        }
        for (PropagatedLabel label : before.all()) {
            if (find(label.entityId(), label.classification()).isEmpty()) {
                removed.add(label);
            }
        }
        Set<PropagationStop> newStops = new LinkedHashSet<>(stops);
        newStops.removeAll(before.stops);
        List<PropagationStop> sortedStops = new ArrayList<>(newStops);
        sortedStops.sort(Comparator.comparingLong(PropagationStop::atId).thenComparing(PropagationStop::classification)
                .thenComparingLong(PropagationStop::toId));
        return new PropagationDiff(added, removed, reorigined, sortedStops);
    }

    /** Builds a set during one computation; not thread-safe. */
    static final class Collector {
        private final Map<Long, Map<String, TreeSet<Long>>> labels = new HashMap<>();
        private final Set<PropagationStop> stops = new LinkedHashSet<>();

        void label(long entityId, String classification, long originId) {
            labels.computeIfAbsent(entityId, k -> new TreeMap<>())
                    .computeIfAbsent(classification, k -> new TreeSet<>()).add(originId);
        }

        void stop(PropagationStop stop) {
            stops.add(stop);
        }

        PropagatedSet build() {
            return new PropagatedSet(labels, Set.copyOf(stops));
        }
    }
}
