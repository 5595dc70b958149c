package org.steward.model.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.EntityType;

class LineageGraphTest {

    /** A chain 1 → 2 → 3 → 4 with a branch 2 → 5 and a cycle 4 → 2, plus one column edge 10 → 11. */
    private static LineageGraph sample() {
        LineageGraph.Builder builder = LineageGraph.builder();
        edge(builder, 1, 2);
        edge(builder, 2, 3);
        edge(builder, 3, 4);
        edge(builder, 2, 5);
        edge(builder, 4, 2);
        builder.edge(10, EntityType.COLUMN, 1, 11, EntityType.COLUMN, 5, 2);
        return builder.build();
    }

    private static void edge(LineageGraph.Builder builder, long from, long to) {
        builder.edge(from, EntityType.DATASET, 0, to, EntityType.DATASET, 0, 0);
    }

    @Test
    void downstreamClosureIsBreadthFirstWithDistancesAndSurvivesCycles() {
        Closure closure = sample().closure(1, true, LineageRequest.ALL, LineageLevel.DATASET);

        assertThat(closure.ids()).containsExactly(2, 3, 5, 4);
        assertThat(closure.distances()).containsExactly(1, 2, 2, 3);
        assertThat(closure.truncated()).isFalse();
    }

    @Test
    void depthLimitsTheClosureAndUpstreamFollowsReverseEdges() {
        LineageGraph graph = sample();

        assertThat(graph.closure(1, true, 1, LineageLevel.DATASET).ids()).containsExactly(2);
        long[] upstream = graph.closure(3, false, LineageRequest.ALL, LineageLevel.DATASET).ids();
        Arrays.sort(upstream);
        assertThat(upstream).containsExactly(1, 2, 4);
    }

    @Test
    void levelsAreSeparateAndKeepParentsAndVia() {
        LineageGraph graph = sample();
        CompactDigraph columns = graph.level(LineageLevel.COLUMN);

        assertThat(graph.edgeCount(LineageLevel.DATASET)).isEqualTo(5);
        assertThat(columns.edgeCount()).isEqualTo(1);
        assertThat(columns.parentId(columns.indexOf(11))).isEqualTo(5L);
        assertThat(columns.type(columns.indexOf(10))).isEqualTo(EntityType.COLUMN);
        columns.forEachOut(columns.indexOf(10), (from, to, via) -> assertThat(via).isEqualTo(2L));
        assertThat(graph.level(LineageLevel.DATASET).contains(10)).isFalse();
    }

    @Test
    void maxNodesTruncates() {
        Closure closure = sample().level(LineageLevel.DATASET).closure(1, true, LineageRequest.ALL, 2);

        assertThat(closure.ids()).hasSize(2);
        assertThat(closure.truncated()).isTrue();
    }

    @Test
    void fullClosureOnAMillionEdgesIsFast() {
        LineageGraph graph = SyntheticLineage.graph(250_000, 1_000_000, 7);
        for (int i = 0; i < 5; i++) {
            graph.closure(1, true, LineageRequest.ALL, LineageLevel.DATASET);
        }
        long best = Long.MAX_VALUE;
        int reached = 0;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            reached = graph.closure(1, true, LineageRequest.ALL, LineageLevel.DATASET).size();
            best = Math.min(best, System.nanoTime() - started);
        }
        assertThat(graph.edgeCount(LineageLevel.DATASET)).isEqualTo(1_000_000);
        assertThat(reached).isGreaterThan(100_000);
        assertThat(best / 1_000_000).as("ms for a full closure").isLessThan(100);
    }
}
