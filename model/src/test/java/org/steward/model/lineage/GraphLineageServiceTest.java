package org.steward.model.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.LineageEdgeRecord;
import org.steward.model.lineage.ImpactReport.ImpactKind;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.testing.TestCatalogs;
import org.steward.model.workspace.Workspace;

class GraphLineageServiceTest {
    private static final String EMAIL_HASH = "ANALYTICS.STAGING.STG_CUSTOMERS.EMAIL_HASH@snowflake";

    private Workspace workspace;
    private LineageService lineage;

    @BeforeEach
    void open() {
        workspace = Workspace.inMemory("lineage");
        workspace.ingest(TestCatalogs.small(), "tester", ProgressMonitor.NONE);
        lineage = workspace.lineage();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private long id(String qualifiedName) {
        return workspace.catalog().entityByQualifiedName(qualifiedName).orElseThrow().id();
    }

    private Map<String, Integer> distancesByName(LineageSubgraph subgraph) {
        return subgraph.nodes().stream().collect(Collectors.toMap(LineageNode::qualifiedName,
                node -> subgraph.distance().get(node.id())));
    }

    @Test
    void subgraphHasSignedDistancesAndTheEdgesAmongItsNodes() {
        LineageSubgraph subgraph = lineage.subgraph(LineageRequest.around(id(TestCatalogs.LOAD), LineageRequest.ALL,
                LineageLevel.DATASET));

        assertThat(distancesByName(subgraph)).containsExactlyInAnyOrderEntriesOf(Map.of(
                TestCatalogs.CUSTOMERS, -1, TestCatalogs.ORDERS, -1, TestCatalogs.LOAD, 0,
                TestCatalogs.STG_CUSTOMERS, 1, TestCatalogs.DASHBOARD, 2));
        assertThat(subgraph.edges()).hasSize(4).allMatch(edge -> edge.level() == LineageLevel.DATASET);
        LineageNode customers = subgraph.nodes().stream()
                .filter(node -> node.qualifiedName().equals(TestCatalogs.CUSTOMERS)).findFirst().orElseThrow();
        assertThat(customers.classifications()).containsExactly("PII.Email");
        assertThat(customers.name()).isEqualTo("customers");
    }

    @Test
    void depthAndMaxNodesLimitTheSubgraph() {
        long load = id(TestCatalogs.LOAD);
        assertThat(lineage.subgraph(new LineageRequest(load, 0, 1, LineageLevel.DATASET, 100)).nodes()).hasSize(2);
        LineageSubgraph capped = lineage.subgraph(new LineageRequest(load, 5, 5, LineageLevel.DATASET, 2));
        assertThat(capped.truncated()).isTrue();
        assertThat(capped.nodes()).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void columnLevelAddsTheDatasetsColumnsAndColumnEdgesWithParents() {
        LineageSubgraph subgraph = lineage.subgraph(LineageRequest.around(id(TestCatalogs.CUSTOMERS_EMAIL), 3,
                LineageLevel.COLUMN));

        List<LineageEdge> columnEdges = subgraph.edges().stream()
                .filter(edge -> edge.level() == LineageLevel.COLUMN).toList();
        assertThat(columnEdges).singleElement().satisfies(edge -> {
            assertThat(edge.fromId()).isEqualTo(id(TestCatalogs.CUSTOMERS_EMAIL));
            assertThat(edge.viaProcessId()).isEqualTo(id(TestCatalogs.LOAD));
        });
        LineageNode hash = subgraph.nodes().stream().filter(node -> node.qualifiedName().equals(EMAIL_HASH))
                .findFirst().orElseThrow();
        assertThat(hash.parentId()).isEqualTo(id(TestCatalogs.STG_CUSTOMERS));
        assertThat(subgraph.nodes().stream().filter(node -> node.type() == EntityType.COLUMN)).hasSize(4);
    }

    @Test
    void closureAndPathsFollowStoredEdges() {
        assertThat(lineage.closure(id(TestCatalogs.CUSTOMERS), true, LineageRequest.ALL, LineageLevel.DATASET))
                .containsExactly(id(TestCatalogs.LOAD), id(TestCatalogs.STG_CUSTOMERS), id(TestCatalogs.DASHBOARD));
        assertThat(lineage.nodesOnPaths(id(TestCatalogs.DASHBOARD), id(TestCatalogs.CUSTOMERS),
                LineageLevel.DATASET)).containsExactly(id(TestCatalogs.CUSTOMERS), id(TestCatalogs.LOAD),
                id(TestCatalogs.STG_CUSTOMERS), id(TestCatalogs.DASHBOARD));
        assertThat(lineage.nodesOnPaths(id(TestCatalogs.ORDERS), id(TestCatalogs.CUSTOMERS),
                LineageLevel.DATASET)).isEmpty();
        assertThat(lineage.neighbours(id(TestCatalogs.LOAD), LineageLevel.DATASET).nodes()).hasSize(4);
    }

    @Test
    void impactListsConsumersOwnersAndPropagatingLabels() {
        ImpactReport report = lineage.impact(id(TestCatalogs.CUSTOMERS), LineageRequest.ALL);

        assertThat(report.impacted()).extracting(impacted -> impacted.node().qualifiedName())
                .containsExactly(TestCatalogs.STG_CUSTOMERS, TestCatalogs.DASHBOARD);
        assertThat(report.impacted()).extracting(ImpactReport.ImpactedEntity::kind)
                .containsExactly(ImpactKind.DATASET, ImpactKind.DASHBOARD);
        assertThat(report.ownersToNotify()).extracting(owner -> owner.id()).containsExactly("ben", "ana");
        assertThat(report.propagatingLabels()).singleElement().satisfies(label -> {
            assertThat(label.classification()).isEqualTo("PII.Email");
            assertThat(label.fromQualifiedName()).isEqualTo(TestCatalogs.CUSTOMERS_EMAIL);
            assertThat(label.reaches()).containsExactly(EMAIL_HASH);
        });
    }

    @Test
    void theGraphReloadsAfterAnImport() {
        long customers = id(TestCatalogs.CUSTOMERS);
        assertThat(lineage.closure(customers, true, 1, LineageLevel.DATASET)).hasSize(1);

        workspace.ingest(new CatalogBatch("test:more", List.of(), List.of(), List.of(),
                List.of(EntityRecord.builder(EntityType.PROCESS, "audit_job").build()), List.of(),
                List.of(LineageEdgeRecord.of(TestCatalogs.CUSTOMERS, "audit_job"))), "tester", ProgressMonitor.NONE);

        assertThat(lineage.closure(customers, true, 1, LineageLevel.DATASET)).hasSize(2);
    }
}
