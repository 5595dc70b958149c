package org.steward.views.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageSubgraph;
import org.steward.views.lineage.bench.GeneratedLineage;
import org.steward.views.lineage.layout.EdgeRoute;
import org.steward.views.lineage.layout.GraphLayout;
import org.steward.views.lineage.layout.LayoutThread;
import org.steward.views.lineage.layout.LineageLayout;
import org.steward.views.lineage.layout.NodeBox;

class LineageLayoutTest {

    /** elkLimit 0 forces Steward's fast layering; a big limit forces ELK. */
    @ParameterizedTest
    @ValueSource(ints = {0, 100_000})
    void placesEveryNodeLeftToRightWithoutOverlaps(int elkLimit) throws Exception {
        LineageSubgraph graph = GeneratedLineage.layeredDag(300, 7);
        GraphLayout layout = LayoutThread.run(() -> new LineageLayout(elkLimit).layout(graph));

        assertThat(layout.nodes()).hasSize(graph.nodes().size());
        assertThat(layout.edges()).hasSize(graph.edges().size());
        for (EdgeRoute route : layout.edges()) {
            NodeBox from = layout.nodes().get(route.fromIndex());
            NodeBox to = layout.nodes().get(route.toIndex());
            assertThat(from.x() + from.width()).as("edge %s", route.edge()).isLessThanOrEqualTo(to.x());
            assertThat(route.points()[0]).isLessThan(route.points()[route.points().length - 2]);
        }
        assertNoOverlapsWithinColumns(layout);
    }

    @Test
    void isDeterministic() {
        LineageSubgraph graph = GeneratedLineage.layeredDag(400, 3);
        GraphLayout first = new LineageLayout(0).layout(graph);
        GraphLayout second = new LineageLayout(0).layout(graph);
        for (int i = 0; i < first.nodes().size(); i++) {
            assertThat(second.nodes().get(i)).isEqualTo(first.nodes().get(i));
        }
    }

    @Test
    void columnLevelPutsColumnsInsideTheirDatasetCards() {
        LineageSubgraph graph = FakeLineage.demo().subgraphAt(LineageLevel.COLUMN);
        GraphLayout layout = new LineageLayout().layout(graph);

        assertThat(layout.groups()).isNotEmpty();
        for (NodeBox box : layout.nodes()) {
            if (box.node().parentId() != null) {
                assertThat(layout.groups()).anySatisfy(group -> {
                    assertThat(group.datasetId()).isEqualTo(box.node().parentId());
                    assertThat(box.y()).isBetween(group.y(), group.y() + group.height());
                });
            }
        }
        assertThat(layout.edges()).isNotEmpty();
    }

    @Test
    void fastLayeringHandlesTenThousandNodesQuickly() {
        LineageSubgraph graph = GeneratedLineage.layeredDag(10_000, 11);
        long start = System.nanoTime();
        GraphLayout layout = new LineageLayout(0).layout(graph);
        assertThat((System.nanoTime() - start) / 1e6).isLessThan(5_000);
        assertThat(layout.nodes()).hasSize(10_000);
    }

    private static void assertNoOverlapsWithinColumns(GraphLayout layout) {
        Map<Long, List<NodeBox>> columns = new TreeMap<>();
        for (NodeBox box : layout.nodes()) {
            columns.computeIfAbsent(Math.round(box.x()), x -> new ArrayList<>()).add(box);
        }
        for (List<NodeBox> column : columns.values()) {
            column.sort((a, b) -> Double.compare(a.y(), b.y()));
            for (int i = 1; i < column.size(); i++) {
                assertThat(column.get(i).y()).as("%s below %s", column.get(i).node().name(),
                        column.get(i - 1).node().name()).isGreaterThanOrEqualTo(
                        column.get(i - 1).y() + column.get(i - 1).height() - 0.001);
            }
        }
    }
}
