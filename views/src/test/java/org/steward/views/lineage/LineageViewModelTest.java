package org.steward.views.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.lineage.LineageLevel;
import org.steward.views.lineage.layout.LineageLayout;
import org.steward.views.task.SameThreadTaskExecutor;

class LineageViewModelTest {
    private final FakeLineage lineage = FakeLineage.demo();
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private LineageViewModel model;

    @BeforeEach
    void setUp() {
        LineageLayout layout = new LineageLayout();
        model = new LineageViewModel(lineage, new RecordedEdits(), executor, layout::layout);
        model.upstreamDepthProperty().set(1);
        model.downstreamDepthProperty().set(1);
        model.open(5);
    }

    @Test
    void deeperLineageShowsMoreNodes() {
        assertThat(model.nodeCountProperty().get()).isEqualTo(3);
        model.downstreamDepthProperty().set(LineageViewModel.ALL);
        assertThat(model.nodeCountProperty().get()).isEqualTo(9);
        assertThat(model.layoutProperty().get().nodes()).hasSize(9);
        assertThat(executor.failures()).isEmpty();
    }

    @Test
    void columnLevelShowsColumnsInDatasetCards() {
        model.levelProperty().set(LineageLevel.COLUMN);
        assertThat(model.shownProperty().get().nodes()).anyMatch(node -> node.parentId() != null);
        assertThat(model.layoutProperty().get().groups()).isNotEmpty();
    }

    @Test
    void findMatchesAndCycles() {
        model.downstreamDepthProperty().set(LineageViewModel.ALL);
        model.find("CUSTOMERS");
        assertThat(model.matches()).containsExactly(5L, 8L);
        assertThat(model.currentMatch()).isEqualTo(5L);
        assertThat(model.nextMatch()).isEqualTo(8L);
        assertThat(model.nextMatch()).isEqualTo(5L);
    }

    @Test
    void highlightsEveryNodeOnPathsBetweenTwoSelectedNodes() {
        model.upstreamDepthProperty().set(LineageViewModel.ALL);
        model.downstreamDepthProperty().set(LineageViewModel.ALL);
        model.select(2, false);
        model.select(10, true);
        assertThat(model.highlightPaths()).isTrue();
        assertThat(model.highlighted()).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(model.selectedCountsProperty().get()).containsExactly(0, 10);
    }

    @Test
    void impactListsDownstreamEntitiesOwnersAndLabels(@TempDir Path folder) throws Exception {
        model.select(5, false);
        model.loadImpact();
        var report = model.impactProperty().get();
        assertThat(report.impacted()).extracting(entity -> entity.node().name())
                .containsExactlyInAnyOrder("dim_customers", "fct_orders", "Revenue dashboard", "churn_features");
        assertThat(report.ownersToNotify()).extracting(owner -> owner.id()).contains("crm-team", "bi-team");
        assertThat(report.propagatingLabels()).extracting(label -> label.classification()).containsExactly("PII");
        Path csv = folder.resolve("impact.csv");
        try (var out = Files.newBufferedWriter(csv)) {
            org.steward.model.lineage.ImpactCsv.write(report, out);
        }
        assertThat(Files.readAllLines(csv)).hasSize(5).first().asString().startsWith("qualified_name,");
    }

    @Test
    void collapseHidesWhatLiesBeyondANodeAndExpandBringsItBack() {
        model.downstreamDepthProperty().set(LineageViewModel.ALL);
        model.collapse(6);
        assertThat(model.nodeCountProperty().get()).isEqualTo(3);
        model.expand(6);
        assertThat(model.nodeCountProperty().get()).isEqualTo(10);
    }
}
