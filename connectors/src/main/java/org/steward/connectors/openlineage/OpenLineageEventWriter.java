package org.steward.connectors.openlineage;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageNode;

/** Writes RunEvents and DatasetEvents, one per line, for {@link OpenLineageExporter}. */
final class OpenLineageEventWriter {
    private static final String PRODUCER = "https://github.com/steward/steward";
    private static final String SPEC = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/";
    private static final String FACETS = "https://openlineage.io/spec/facets/1-";

    private final JsonGenerator json;
    private final Map<Long, LineageNode> nodes;
    private final Map<Long, List<LineageNode>> columns;
    private final Set<Long> described = new HashSet<>();
    private final String eventTime = Instant.now().toString();

    OpenLineageEventWriter(JsonGenerator json, Map<Long, LineageNode> nodes, Map<Long, List<LineageNode>> columns) {
        this.json = json;
        this.nodes = nodes;
        this.columns = columns;
    }

    /** Whether a dataset's schema has been written already. */
    boolean written(long datasetId) {
        return described.contains(datasetId);
    }

    void runEvent(LineageNode process, Collection<Long> inputs, Collection<Long> outputs,
                  Map<Long, List<LineageEdge>> columnEdges) throws IOException {
        OpenLineageExportNames.NamespaceAndName job = OpenLineageExportNames.job(process);
        json.writeStartObject();
        json.writeStringField("eventType", "COMPLETE");
        json.writeStringField("eventTime", eventTime);
        json.writeObjectFieldStart("run");
        json.writeStringField("runId", UUID.nameUUIDFromBytes(process.qualifiedName()
                .getBytes(StandardCharsets.UTF_8)).toString());
        json.writeEndObject();
        json.writeObjectFieldStart("job");
        json.writeStringField("namespace", job.namespace());
        json.writeStringField("name", job.name());
        json.writeEndObject();
        json.writeArrayFieldStart("inputs");
        for (long input : inputs) {
            dataset(nodes.get(input), List.of());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("outputs");
        for (long output : outputs) {
            dataset(nodes.get(output), columnEdges.getOrDefault(output, List.of()));
        }
        json.writeEndArray();
        json.writeStringField("producer", PRODUCER);
        json.writeStringField("schemaURL", SPEC + "RunEvent");
        json.writeEndObject();
        json.writeRaw('\n');
    }

    void datasetEvent(LineageNode dataset, List<LineageEdge> columnEdges) throws IOException {
        json.writeStartObject();
        json.writeStringField("eventTime", eventTime);
        json.writeStringField("producer", PRODUCER);
        json.writeStringField("schemaURL", SPEC + "DatasetEvent");
        json.writeFieldName("dataset");
        dataset(dataset, columnEdges);
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void dataset(LineageNode dataset, List<LineageEdge> columnEdges) throws IOException {
        OpenLineageExportNames.NamespaceAndName names = OpenLineageExportNames.dataset(dataset);
        json.writeStartObject();
        json.writeStringField("namespace", names.namespace());
        json.writeStringField("name", names.name());
        boolean schema = described.add(dataset.id());
        if (schema || !columnEdges.isEmpty()) {
            json.writeObjectFieldStart("facets");
            if (schema) {
                schema(dataset);
            }
            if (!columnEdges.isEmpty()) {
                columnLineage(dataset, columnEdges);
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private void schema(LineageNode dataset) throws IOException {
        json.writeObjectFieldStart("schema");
        facetHeader("0-0/SchemaDatasetFacet.json");
        json.writeArrayFieldStart("fields");
        for (LineageNode column : columns.getOrDefault(dataset.id(), List.of())) {
            json.writeStartObject();
            json.writeStringField("name", OpenLineageExportNames.field(column, dataset));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void columnLineage(LineageNode dataset, List<LineageEdge> edges) throws IOException {
        Map<String, List<LineageNode>> inputsByField = new LinkedHashMap<>();
        for (LineageEdge edge : edges) {
            String field = OpenLineageExportNames.field(nodes.get(edge.toId()), dataset);
            inputsByField.computeIfAbsent(field, k -> new java.util.ArrayList<>()).add(nodes.get(edge.fromId()));
        }
        json.writeObjectFieldStart("columnLineage");
        facetHeader("2-0/ColumnLineageDatasetFacet.json");
        json.writeObjectFieldStart("fields");
        for (Map.Entry<String, List<LineageNode>> field : inputsByField.entrySet()) {
            json.writeObjectFieldStart(field.getKey());
            json.writeArrayFieldStart("inputFields");
            for (LineageNode input : field.getValue()) {
                LineageNode inputDataset = nodes.get(input.parentId());
                OpenLineageExportNames.NamespaceAndName names = OpenLineageExportNames.dataset(inputDataset);
                json.writeStartObject();
                json.writeStringField("namespace", names.namespace());
                json.writeStringField("name", names.name());
                json.writeStringField("field", OpenLineageExportNames.field(input, inputDataset));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void facetHeader(String schema) throws IOException {
        json.writeStringField("_producer", PRODUCER);
        json.writeStringField("_schemaURL", FACETS + schema);
    }
}
