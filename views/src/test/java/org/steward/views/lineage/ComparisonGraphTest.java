package org.steward.views.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageNode;
import org.steward.model.lineage.LineageSnapshot;
import org.steward.views.lineage.canvas.DiffState;
import org.steward.views.lineage.canvas.GraphDiffOverlay;

class ComparisonGraphTest {

    @Test
    void drawsBothExportsAsOneGraphColouredByTheirDiff() {
        LineageSnapshot older = snapshot(List.of(node("a", ""), node("job", ""), node("b", ""), node("gone", "")),
                Set.of(edge("a", "job"), edge("job", "b"), edge("job", "gone")));
        LineageSnapshot newer = snapshot(List.of(node("a", ""), node("job", ""), node("b", "now described"),
                node("c", "")), Set.of(edge("a", "job"), edge("job", "b"), edge("job", "c")));

        ComparisonGraph graph = ComparisonGraph.of(older, newer, "q1.json", "q2.json");

        Map<String, Long> ids = graph.subgraph().nodes().stream()
                .collect(Collectors.toMap(LineageNode::qualifiedName, LineageNode::id));
        assertThat(ids.keySet()).containsExactlyInAnyOrder("a", "job", "b", "gone", "c");
        assertThat(graph.subgraph().edges()).hasSize(4);
        GraphDiffOverlay overlay = graph.overlay();
        assertThat(overlay.node(ids.get("c"))).isEqualTo(DiffState.ADDED);
        assertThat(overlay.node(ids.get("gone"))).isEqualTo(DiffState.REMOVED);
        assertThat(overlay.node(ids.get("b"))).isEqualTo(DiffState.CHANGED);
        assertThat(overlay.node(ids.get("a"))).isEqualTo(DiffState.SAME);
        assertThat(overlay.edge(ids.get("job"), ids.get("c"))).isEqualTo(DiffState.ADDED);
        assertThat(overlay.edge(ids.get("job"), ids.get("gone"))).isEqualTo(DiffState.REMOVED);
        assertThat(overlay.edge(ids.get("a"), ids.get("job"))).isEqualTo(DiffState.SAME);
        assertThat(overlay.title()).startsWith("q1.json → q2.json: 1 added, 1 changed, 1 removed nodes");
        assertThat(graph.reach(ids.get("a"), true)).isEqualTo(4);
        assertThat(graph.nodesOnPaths(ids.get("c"), ids.get("a"))).containsExactlyInAnyOrder(ids.get("a"),
                ids.get("job"), ids.get("c"));
    }

    private static LineageSnapshot snapshot(List<LineageSnapshot.Node> nodes, Set<LineageSnapshot.Edge> edges) {
        return new LineageSnapshot(nodes.stream().collect(Collectors.toMap(LineageSnapshot.Node::qualifiedName,
                Function.identity())), edges);
    }

    private static LineageSnapshot.Node node(String name, String description) {
        return new LineageSnapshot.Node(name, name.equals("job") ? EntityType.PROCESS : EntityType.DATASET, "",
                name, description, null, List.of());
    }

    private static LineageSnapshot.Edge edge(String from, String to) {
        return new LineageSnapshot.Edge(from, to, LineageLevel.DATASET);
    }
}
