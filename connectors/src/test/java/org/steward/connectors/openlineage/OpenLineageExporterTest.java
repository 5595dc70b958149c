package org.steward.connectors.openlineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.connectors.importing.Fixtures;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageNode;
import org.steward.model.lineage.LineageRequest;
import org.steward.model.lineage.LineageSubgraph;
import org.steward.model.workspace.Workspace;

class OpenLineageExporterTest {
    private static final String FOCUS = "food_delivery/public.delivery_7_days";

    @TempDir
    Path temp;

    private static LineageSubgraph whole(Workspace workspace, String focus) {
        long id = workspace.catalog().entityByQualifiedName(focus).orElseThrow().id();
        return workspace.lineage().subgraph(LineageRequest.around(id, LineageRequest.ALL, LineageLevel.COLUMN));
    }

    private static Set<String> nodeNames(LineageSubgraph subgraph) {
        return subgraph.nodes().stream().map(node -> node.type() + " " + node.qualifiedName())
                .collect(Collectors.toSet());
    }

    private static Set<String> edgeNames(LineageSubgraph subgraph) {
        Map<Long, String> names = subgraph.nodes().stream()
                .collect(Collectors.toMap(LineageNode::id, LineageNode::qualifiedName));
        return subgraph.edges().stream().map(edge -> edge.level() + " " + names.get(edge.fromId()) + " -> "
                + names.get(edge.toId()) + " via " + (edge.viaProcessId() == null ? "-"
                : names.get(edge.viaProcessId()))).collect(Collectors.toSet());
    }

    @Test
    void anExportedSubgraphReimportsToTheSameNodesAndEdges() throws IOException {
        Path exported = temp.resolve("export.ndjson");
        LineageSubgraph original;
        try (Workspace workspace = Workspace.inMemory("source")) {
            Fixtures.importFile(workspace, new OpenLineageImporter(), Fixtures.path("marquez/docker/metadata.json"));
            original = whole(workspace, FOCUS);
            new OpenLineageExporter().write(original, exported);
        }
        assertThat(original.nodes()).filteredOn(node -> node.type() == EntityType.COLUMN).isNotEmpty();
        assertThat(original.edges()).anyMatch(edge -> edge.level() == LineageLevel.COLUMN);

        try (Workspace copy = Workspace.inMemory("copy")) {
            Fixtures.importFile(copy, new OpenLineageImporter(), exported);
            LineageSubgraph reimported = whole(copy, FOCUS);

            assertThat(reimported.nodes()).hasSameSizeAs(original.nodes());
            assertThat(reimported.edges()).hasSameSizeAs(original.edges());
            assertThat(nodeNames(reimported)).isEqualTo(nodeNames(original));
            assertThat(edgeNames(reimported)).isEqualTo(edgeNames(original));
            Fixtures.Counts counts = Fixtures.Counts.of(copy);
            assertThat(counts.datasets() + counts.processes() + counts.columns())
                    .isEqualTo(original.nodes().size());
            assertThat(counts.datasetEdges() + counts.columnEdges()).isEqualTo(original.edges().size());
        }
    }
}
