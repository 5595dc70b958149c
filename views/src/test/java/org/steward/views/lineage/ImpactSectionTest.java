package org.steward.views.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.ImpactReport.ImpactKind;
import org.steward.model.lineage.ImpactReport.ImpactedEntity;
import org.steward.model.lineage.LineageNode;

class ImpactSectionTest {

    @Test
    void summaryCountsEachKindInTheOrderDatasetsDashboardsFeatures() {
        List<ImpactedEntity> impacted = List.of(
                entity(1, ImpactKind.DASHBOARD), entity(2, ImpactKind.DATASET), entity(3, ImpactKind.DATASET),
                entity(4, ImpactKind.ML_FEATURE));

        assertThat(ImpactSection.summaryOf(impacted))
                .isEqualTo("4 affected: 2 datasets · 1 dashboard · 1 ML feature set");
    }

    @Test
    void summarySaysWhenNothingIsAffected() {
        assertThat(ImpactSection.summaryOf(List.of())).isEqualTo("Nothing downstream is affected");
    }

    private static ImpactedEntity entity(long id, ImpactKind kind) {
        EntityType type = kind == ImpactKind.DASHBOARD ? EntityType.DASHBOARD : EntityType.DATASET;
        return new ImpactedEntity(new LineageNode(id, type, "", "n" + id, "q" + id, "s", null, List.of(), false), 1,
                kind, "o");
    }
}
