package org.steward.views.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.LineageDiff;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageSnapshot;

class DiffListTest {

    @Test
    void listsEveryDifferenceOfTwoExportsIncludingColumnLevelEdges() {
        LineageSnapshot before = new LineageSnapshot(Map.of(
                "hive://h/test.t3", node("hive://h/test.t3", "t3", List.of("a int", "d int")),
                "job:ctas", node("job:ctas", "ctas", List.of())),
                Set.of(new LineageSnapshot.Edge("hive://h/test.t3", "job:ctas", LineageLevel.DATASET),
                        new LineageSnapshot.Edge("hive://h/test.t3#d", "hive://h/test.xxx#d", LineageLevel.COLUMN)));
        LineageSnapshot after = new LineageSnapshot(Map.of(
                "hive://h/test.t3", node("hive://h/test.t3", "t3", List.of("a int")),
                "hive://h/test.t4", node("hive://h/test.t4", "t4", List.of("d int")),
                "job:ctas", node("job:ctas", "ctas", List.of())),
                Set.of(new LineageSnapshot.Edge("hive://h/test.t3", "job:ctas", LineageLevel.DATASET),
                        new LineageSnapshot.Edge("hive://h/test.t4", "job:ctas", LineageLevel.DATASET),
                        new LineageSnapshot.Edge("hive://h/test.t4#d", "hive://h/test.xxx#d", LineageLevel.COLUMN)));

        List<String> rows = DiffList.rows(LineageDiff.between(before, after));

        assertThat(rows).containsExactlyInAnyOrder(
                "+ added t4",
                "~ changed t3 (columns)",
                "+ added t4 → job:ctas",
                "+ added test.t4#d → test.xxx#d (columns)",
                "− removed test.t3#d → test.xxx#d (columns)");
    }

    private static LineageSnapshot.Node node(String qualifiedName, String name, List<String> columns) {
        return new LineageSnapshot.Node(qualifiedName, EntityType.DATASET, "", name, "", "", columns);
    }
}
