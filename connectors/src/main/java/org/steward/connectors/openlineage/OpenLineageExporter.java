package org.steward.connectors.openlineage;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageEdge.PendingState;
import org.steward.model.lineage.LineageExporter;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageNode;
import org.steward.model.lineage.LineageSubgraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a subgraph as newline-delimited OpenLineage events that {@link OpenLineageImporter} reads back to the same
 * nodes and edges: one COMPLETE RunEvent per process with its inputs and outputs, a schema facet listing each
 * dataset's shown columns (on the dataset's first appearance) and columnLineage facets for column edges via that
 * process; a DatasetEvent for a dataset no process touches and for column edges without a known process. The
 * subgraph is written as it would be with its pending edits applied: removed edges are left out. Dashboards and
 * direct dataset-to-dataset edges have no OpenLineage form and are skipped (logged).
 */
public final class OpenLineageExporter implements LineageExporter {
    private static final Logger LOG = LoggerFactory.getLogger(OpenLineageExporter.class);

    @Override
    public String format() {
        return "openlineage";
    }

    @Override
    public String label() {
        return "OpenLineage events";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("*.ndjson", "*.json");
    }

    @Override
    public void write(LineageSubgraph subgraph, Path file) throws IOException {
        Map<Long, LineageNode> nodes = new LinkedHashMap<>();
        subgraph.nodes().forEach(node -> nodes.put(node.id(), node));
        Map<Long, List<LineageNode>> columns = new LinkedHashMap<>();
        for (LineageNode node : subgraph.nodes()) {
            if (node.type() == EntityType.COLUMN && node.parentId() != null && nodes.containsKey(node.parentId())) {
                columns.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            }
        }
        Map<Long, ProcessEvent> processes = new LinkedHashMap<>();
        for (LineageNode node : subgraph.nodes()) {
            if (node.type() == EntityType.PROCESS) {
                processes.put(node.id(), new ProcessEvent(node));
            }
        }
        Map<Long, List<LineageEdge>> looseColumnEdges = new LinkedHashMap<>();
        List<LineageEdge> columnEdges = new ArrayList<>();
        int skipped = 0;
        for (LineageEdge edge : subgraph.edges()) {
            LineageNode from = nodes.get(edge.fromId());
            LineageNode to = nodes.get(edge.toId());
            if (edge.pending() == PendingState.REMOVED) {
                continue;
            } else if (edge.level() == LineageLevel.COLUMN && from != null && to != null) {
                columnEdges.add(edge);
            } else if (from != null && to != null && to.type() == EntityType.PROCESS
                    && from.type() == EntityType.DATASET) {
                processes.get(to.id()).inputs.add(from.id());
            } else if (from != null && to != null && from.type() == EntityType.PROCESS
                    && to.type() == EntityType.DATASET) {
                processes.get(from.id()).outputs.add(to.id());
            } else {
                skipped++;
            }
        }
        for (LineageEdge edge : columnEdges) {
            Long dataset = nodes.get(edge.toId()).parentId();
            ProcessEvent via = edge.viaProcessId() == null ? null : processes.get(edge.viaProcessId());
            if (via != null && via.outputs.contains(dataset)) {
                via.columnEdges.computeIfAbsent(dataset, k -> new ArrayList<>()).add(edge);
            } else {
                looseColumnEdges.computeIfAbsent(dataset, k -> new ArrayList<>()).add(edge);
            }
        }
        if (skipped > 0) {
            LOG.warn("OpenLineage export of {} skipped {} edges that OpenLineage cannot express", file, skipped);
        }
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            OpenLineageEventWriter writer = new OpenLineageEventWriter(json, nodes, columns);
            for (ProcessEvent process : processes.values()) {
                writer.runEvent(process.node, process.inputs, process.outputs, process.columnEdges);
            }
            for (LineageNode node : subgraph.nodes()) {
                if (node.type() == EntityType.DATASET
                        && (!writer.written(node.id()) || looseColumnEdges.containsKey(node.id()))) {
                    writer.datasetEvent(node, looseColumnEdges.getOrDefault(node.id(), List.of()));
                }
            }
        }
    }

    /** What one process's RunEvent will hold. */
    private static final class ProcessEvent {
        final LineageNode node;
        final Set<Long> inputs = new java.util.LinkedHashSet<>();
        final Set<Long> outputs = new java.util.LinkedHashSet<>();
        final Map<Long, List<LineageEdge>> columnEdges = new LinkedHashMap<>();

        ProcessEvent(LineageNode node) {
            this.node = node;
        }
    }
}
