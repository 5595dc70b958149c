package org.steward.model.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.EntityType;
import org.steward.model.catalog.Owner;
import org.steward.model.lineage.ImpactReport.ImpactKind;
import org.steward.model.lineage.ImpactReport.ImpactedEntity;
import org.steward.model.lineage.ImpactReport.PropagatingLabel;
import org.steward.model.lineage.LineageSource.LabelOnEntity;

/**
 * Answers "what breaks if this changes": downstream datasets, dashboards and ML features (datasets whose subtype
 * mentions "feature"), their distinct owners, and where the subject's propagating labels would travel. A label on a
 * column follows column-level edges when that column has any, otherwise its dataset's dataset-level lineage.
 */
final class ImpactAnalysis {
    private final LineageSource source;
    private final LineageGraph graph;

    ImpactAnalysis(LineageSource source, LineageGraph graph) {
        this.source = source;
        this.graph = graph;
    }

    ImpactReport report(long nodeId, int depth) {
        LineageNode subject = source.describe(List.of(nodeId)).get(nodeId);
        if (subject == null) {
            throw new IllegalArgumentException("There is no entity " + nodeId + " in this workspace.");
        }
        Map<Long, Integer> reached = downstream(subject, depth);
        Map<Long, LineageNode> described = source.describe(reached.keySet());
        Map<Long, Owner> owners = source.owners(reached.keySet());
        List<ImpactedEntity> impacted = new ArrayList<>();
        Map<String, Owner> notify = new LinkedHashMap<>();
        for (Map.Entry<Long, Integer> entry : reached.entrySet()) {
            LineageNode node = described.get(entry.getKey());
            if (node == null || node.type() == EntityType.PROCESS || node.type() == EntityType.COLUMN) {
                continue;
            }
            Owner owner = owners.get(node.id());
            impacted.add(new ImpactedEntity(node, entry.getValue(), kind(node), owner == null ? "" : owner.id()));
            if (owner != null) {
                notify.putIfAbsent(owner.id(), owner);
            }
        }
        return new ImpactReport(subject, impacted, new ArrayList<>(notify.values()), labels(subject, depth));
    }

    /** Downstream entity ids with distance; for a column, the datasets of the columns it feeds. */
    private Map<Long, Integer> downstream(LineageNode subject, int depth) {
        Map<Long, Integer> reached = new LinkedHashMap<>();
        if (subject.type() == EntityType.COLUMN) {
            Closure columns = graph.closure(subject.id(), true, depth, LineageLevel.COLUMN);
            Map<Long, LineageNode> described = source.describe(ids(columns));
            for (int i = 0; i < columns.size(); i++) {
                LineageNode column = described.get(columns.ids()[i]);
                if (column != null && column.parentId() != null && !column.parentId().equals(subject.parentId())) {
                    reached.putIfAbsent(column.parentId(), columns.distances()[i]);
                }
            }
            return reached;
        }
        Closure closure = graph.closure(subject.id(), true, depth, LineageLevel.DATASET);
        for (int i = 0; i < closure.size(); i++) {
            reached.put(closure.ids()[i], closure.distances()[i]);
        }
        return reached;
    }

    private List<PropagatingLabel> labels(LineageNode subject, int depth) {
        List<PropagatingLabel> labels = new ArrayList<>();
        Map<Long, List<String>> reachCache = new LinkedHashMap<>();
        for (LabelOnEntity label : source.propagatingLabels(subject.id())) {
            List<String> reaches = reachCache.computeIfAbsent(label.entityId(), id -> reaches(id, subject, depth));
            labels.add(new PropagatingLabel(label.classification(), label.qualifiedName(), reaches));
        }
        return labels;
    }

    private List<String> reaches(long labelled, LineageNode subject, int depth) {
        Closure closure = graph.closure(labelled, true, depth, LineageLevel.COLUMN);
        if (closure.size() == 0) {
            long dataset = subject.type() == EntityType.COLUMN && subject.parentId() != null ? subject.parentId()
                    : subject.id();
            closure = graph.closure(dataset, true, depth, LineageLevel.DATASET);
        }
        Set<String> names = new LinkedHashSet<>();
        for (LineageNode node : source.describe(ids(closure)).values()) {
            if (node.type() != EntityType.PROCESS) {
                names.add(node.qualifiedName());
            }
        }
        return new ArrayList<>(names);
    }

    private static List<Long> ids(Closure closure) {
        List<Long> ids = new ArrayList<>(closure.size());
        for (long id : closure.ids()) {
            ids.add(id);
        }
        return ids;
    }

    static ImpactKind kind(LineageNode node) {
        if (node.type() == EntityType.DASHBOARD) {
            return ImpactKind.DASHBOARD;
        }
        return node.subtype().toLowerCase(Locale.ROOT).contains("feature") ? ImpactKind.ML_FEATURE
                : ImpactKind.DATASET;
    }
}
