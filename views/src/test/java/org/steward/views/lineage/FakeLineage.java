package org.steward.views.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.EntityType;
import org.steward.model.catalog.Owner;
import org.steward.model.lineage.ImpactReport;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageNode;
import org.steward.model.lineage.LineageRequest;
import org.steward.model.lineage.LineageService;
import org.steward.model.lineage.LineageSubgraph;

/** A hand-made lineage graph (shop orders to a revenue dashboard) answering LineageService questions in memory. */
final class FakeLineage implements LineageService {
    private final Map<Long, LineageNode> nodes = new LinkedHashMap<>();
    private final List<LineageEdge> edges = new ArrayList<>();
    private final Map<Long, String> owners = new HashMap<>();

    static FakeLineage demo() {
        FakeLineage g = new FakeLineage();
        g.dataset(1, "orders", "postgres", List.of());
        g.dataset(2, "customers", "postgres", List.of("PII"));
        g.process(3, "load_shop", "airflow");
        g.dataset(4, "stg_orders", "snowflake", List.of());
        g.dataset(5, "stg_customers", "snowflake", List.of("PII"));
        g.process(6, "build_marts", "dbt");
        g.dataset(7, "fct_orders", "snowflake", List.of("Finance"));
        g.dataset(8, "dim_customers", "snowflake", List.of("PII"));
        g.process(9, "refresh_bi", "airflow");
        g.node(10, EntityType.DASHBOARD, "looker_dashboard", "Revenue dashboard", "looker", List.of());
        g.node(11, EntityType.DATASET, "feature_set", "churn_features", "feast", List.of());
        g.process(12, "train_churn", "mlflow");
        g.link(1, 3).link(2, 3).link(3, 4).link(3, 5).pending(4, 6, LineageEdge.PendingState.REMOVED).link(5, 6)
                .link(6, 7).link(6, 8)
                .link(7, 9).link(8, 9).link(9, 10).link(8, 12).link(12, 11)
                .pending(7, 11, LineageEdge.PendingState.ADDED);
        g.column(101, 2, "email", "PII");
        g.column(102, 2, "id", null);
        g.column(103, 5, "email", "PII");
        g.column(104, 5, "customer_id", null);
        g.column(105, 8, "email_hash", null);
        g.column(106, 8, "customer_key", null);
        g.column(107, 1, "customer_id", null);
        g.column(108, 4, "customer_id", null);
        g.column(109, 7, "customer_key", null);
        g.columnLink(101, 103).columnLink(102, 104).columnLink(103, 105).columnLink(104, 106)
                .columnLink(107, 108).columnLink(108, 109).columnLink(106, 109);
        g.owners.put(7L, "finance-team");
        g.owners.put(8L, "crm-team");
        g.owners.put(10L, "bi-team");
        return g;
    }

    private void dataset(long id, String name, String source, List<String> labels) {
        node(id, EntityType.DATASET, "table", name, source, labels);
    }

    private void process(long id, String name, String source) {
        node(id, EntityType.PROCESS, "job", name, source, List.of());
    }

    private void node(long id, EntityType type, String subtype, String name, String source, List<String> labels) {
        nodes.put(id, new LineageNode(id, type, subtype, name, source + ".shop." + name, source, null, labels, false));
    }

    private void column(long id, long dataset, String name, String label) {
        LineageNode parent = nodes.get(dataset);
        nodes.put(id, new LineageNode(id, EntityType.COLUMN, "column", name, parent.qualifiedName() + "." + name,
                parent.source(), dataset, label == null ? List.of() : List.of(label), false));
    }

    private FakeLineage link(long from, long to) {
        edges.add(LineageEdge.stored(from, to, LineageLevel.DATASET, null));
        return this;
    }

    private FakeLineage pending(long from, long to, LineageEdge.PendingState state) {
        edges.add(new LineageEdge(from, to, LineageLevel.DATASET, null, state));
        return this;
    }

    private FakeLineage columnLink(long from, long to) {
        edges.add(LineageEdge.stored(from, to, LineageLevel.COLUMN, null));
        return this;
    }

    /** Datasets and dashboards whose name contains the text, for the process dialog's pickers. */
    List<DatasetChoice> findDatasets(String text, int limit) {
        String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
        return nodes.values().stream()
                .filter(n -> n.type() == EntityType.DATASET || n.type() == EntityType.DASHBOARD)
                .filter(n -> n.name().toLowerCase(java.util.Locale.ROOT).contains(needle))
                .limit(limit)
                .map(n -> new DatasetChoice(n.id(), n.type(), n.name(), n.qualifiedName()))
                .toList();
    }

    LineageSubgraph subgraphAt(LineageLevel level) {
        return subgraph(new LineageRequest(5, LineageRequest.ALL, LineageRequest.ALL, level, 1000));
    }

    LineageNode node(long id) {
        return nodes.get(id);
    }

    @Override
    public LineageSubgraph subgraph(LineageRequest request) {
        Map<Long, Integer> distance = new LinkedHashMap<>();
        distance.put(request.focusId(), 0);
        walk(request.focusId(), true, request.downstreamDepth(), distance);
        walk(request.focusId(), false, request.upstreamDepth(), distance);
        Set<Long> shown = new LinkedHashSet<>(distance.keySet());
        if (request.level() == LineageLevel.COLUMN) {
            shown.removeIf(id -> nodes.get(id).type() == EntityType.PROCESS);
            for (LineageNode node : nodes.values()) {
                if (node.parentId() != null && shown.contains(node.parentId())) {
                    shown.add(node.id());
                    distance.put(node.id(), distance.get(node.parentId()));
                }
            }
        }
        List<LineageNode> shownNodes = shown.stream().map(nodes::get).toList();
        List<LineageEdge> shownEdges = edges.stream().filter(e -> e.level() == request.level())
                .filter(e -> shown.contains(e.fromId()) && shown.contains(e.toId())).toList();
        distance.keySet().retainAll(shown);
        return new LineageSubgraph(request, shownNodes, shownEdges, distance, false);
    }

    private void walk(long focus, boolean downstream, int depth, Map<Long, Integer> distance) {
        Deque<long[]> queue = new ArrayDeque<>();
        queue.add(new long[] {focus, 0});
        Set<Long> seen = new LinkedHashSet<>(List.of(focus));
        while (!queue.isEmpty()) {
            long[] at = queue.poll();
            if (at[1] >= depth) {
                continue;
            }
            for (LineageEdge edge : edges) {
                if (edge.level() != LineageLevel.DATASET) {
                    continue;
                }
                long next = downstream ? (edge.fromId() == at[0] ? edge.toId() : -1)
                        : (edge.toId() == at[0] ? edge.fromId() : -1);
                if (next >= 0 && seen.add(next)) {
                    distance.putIfAbsent(next, (int) (downstream ? at[1] + 1 : -(at[1] + 1)));
                    queue.add(new long[] {next, at[1] + 1});
                }
            }
        }
    }

    @Override
    public LineageSubgraph neighbours(long nodeId, LineageLevel level) {
        return subgraph(new LineageRequest(nodeId, 1, 1, level, 1000));
    }

    @Override
    public ImpactReport impact(long nodeId, int depth) {
        List<ImpactReport.ImpactedEntity> impacted = new ArrayList<>();
        Set<String> notify = new LinkedHashSet<>();
        List<String> reached = new ArrayList<>();
        Map<Long, Integer> distance = new LinkedHashMap<>();
        walk(nodeId, true, depth, distance);
        for (Map.Entry<Long, Integer> entry : distance.entrySet()) {
            LineageNode node = nodes.get(entry.getKey());
            if (node.type() == EntityType.PROCESS) {
                continue;
            }
            ImpactReport.ImpactKind kind = node.type() == EntityType.DASHBOARD ? ImpactReport.ImpactKind.DASHBOARD
                    : "feature_set".equals(node.subtype()) ? ImpactReport.ImpactKind.ML_FEATURE
                    : ImpactReport.ImpactKind.DATASET;
            String owner = owners.get(node.id());
            impacted.add(new ImpactReport.ImpactedEntity(node, entry.getValue(), kind, owner));
            if (owner != null) {
                notify.add(owner);
            }
            reached.add(node.qualifiedName());
        }
        LineageNode subject = nodes.get(nodeId);
        List<ImpactReport.PropagatingLabel> labels = subject.classifications().stream()
                .map(label -> new ImpactReport.PropagatingLabel(label, subject.qualifiedName(), reached)).toList();
        List<Owner> ownerList = notify.stream().map(id -> new Owner(id, id, id + "@example.com", id)).toList();
        return new ImpactReport(subject, impacted, ownerList, labels);
    }

    @Override
    public Set<Long> nodesOnPaths(long fromId, long toId, LineageLevel level) {
        Set<Long> result = new LinkedHashSet<>(paths(fromId, toId));
        result.addAll(paths(toId, fromId));
        return result;
    }

    private Set<Long> paths(long from, long to) {
        Map<Long, Integer> down = new LinkedHashMap<>();
        walk(from, true, Integer.MAX_VALUE, down);
        Map<Long, Integer> up = new LinkedHashMap<>();
        walk(to, false, Integer.MAX_VALUE, up);
        if (!down.containsKey(to)) {
            return Set.of();
        }
        Set<Long> on = new LinkedHashSet<>(down.keySet());
        on.retainAll(up.keySet());
        on.add(from);
        on.add(to);
        return on;
    }

    @Override
    public List<Long> closure(long nodeId, boolean downstream, int depth, LineageLevel level) {
        Map<Long, Integer> distance = new LinkedHashMap<>();
        walk(nodeId, downstream, depth, distance);
        return List.copyOf(distance.keySet());
    }
}
