package org.steward.connectors.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.atlas.model.instance.AtlasClassification;
import org.apache.atlas.model.instance.AtlasEntityHeader;
import org.apache.atlas.model.lineage.AtlasLineageInfo;
import org.apache.atlas.model.lineage.AtlasLineageInfo.LineageDirection;
import org.apache.atlas.model.lineage.AtlasLineageInfo.LineageInfoOnDemand;
import org.apache.atlas.model.lineage.AtlasLineageInfo.LineageRelation;
import org.apache.atlas.model.lineage.LineageOnDemandConstraints;
import org.apache.atlas.type.AtlasType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.connectors.importing.Fixtures;
import org.steward.connectors.importing.Fixtures.Counts;
import org.steward.model.catalog.ClassificationAssignment;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.workspace.Workspace;

/**
 * No captured Atlas lineage response exists in the fixtures, so these payloads are built with the Atlas client's own
 * model classes and serialised the way an Atlas server does ({@link AtlasType#toJson}); then fields that servers
 * speaking the Atlas API add of their own are put in, which the import must not trip over.
 */
class AtlasLineageInfoTest {
    private static final String ORDERS = "sales.orders@cl1";
    private static final String CLEAN = "sales.orders_clean@cl1";
    private static final String LOAD = "sales.orders_clean@cl1:1700000000000";

    @TempDir
    Path temp;

    private static AtlasEntityHeader header(String guid, String typeName, String qualifiedName,
                                            AtlasClassification... classifications) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("qualifiedName", qualifiedName);
        attributes.put("name", qualifiedName.substring(0, qualifiedName.indexOf('@')));
        attributes.put("owner", "ana");
        AtlasEntityHeader header = new AtlasEntityHeader(typeName, guid, attributes);
        header.setDisplayText(qualifiedName);
        header.setClassifications(List.of(classifications));
        return header;
    }

    private static AtlasClassification classification(String name, String fromGuid) {
        AtlasClassification classification = new AtlasClassification(name);
        classification.setEntityGuid(fromGuid);
        classification.setPropagate(true);
        return classification;
    }

    private static AtlasLineageInfo lineage() {
        Map<String, AtlasEntityHeader> entities = new LinkedHashMap<>();
        entities.put("g1", header("g1", "hive_table", ORDERS, classification("PII", "g1")));
        entities.put("g2", header("g2", "hive_process", LOAD));
        entities.put("g3", header("g3", "hive_table", CLEAN, classification("PII", "g1")));
        entities.put("g4", header("g4", "spark_process", "orders_to_kafka@cl1"));
        entities.put("g5", header("g5", "kafka_topic", "orders_clean@kafka1"));
        entities.put("c1", header("c1", "hive_column", "sales.orders.amount@cl1"));
        entities.put("c2", header("c2", "hive_column_lineage", LOAD + ":amount"));
        entities.put("c3", header("c3", "hive_column", "sales.orders_clean.amount@cl1"));
        Set<LineageRelation> relations = new LinkedHashSet<>(List.of(
                new LineageRelation("g1", "g2", "r1"), new LineageRelation("g2", "g3", "r2"),
                new LineageRelation("g3", "g4", "r3"), new LineageRelation("g4", "g5", "r4"),
                new LineageRelation("c1", "c2", "r5"), new LineageRelation("c2", "c3", "r6")));
        Map<String, LineageInfoOnDemand> onDemand = new LinkedHashMap<>();
        onDemand.put("g1", new LineageInfoOnDemand(new LineageOnDemandConstraints(LineageDirection.BOTH, 3, 3, 3)));
        return new AtlasLineageInfo("g1", entities, relations, Set.of("r1", "r2"), onDemand, LineageDirection.BOTH, 3);
    }

    @Test
    void aLineageResponseBuiltWithTheAtlasModelImports() throws IOException {
        Path file = temp.resolve("lineage.json");
        Files.writeString(file, AtlasType.toJson(lineage()));

        try (Workspace workspace = Workspace.inMemory("atlas")) {
            Fixtures.importFile(workspace, new AtlasImporter(), file);

            // orders, orders_clean, the topic; two columns; two processes; four dataset edges; amount → amount.
            assertThat(Counts.of(workspace)).isEqualTo(new Counts(3, 2, 2, 0, 4, 1));
            EntityDetails clean = details(workspace, CLEAN);
            assertThat(clean.classifications()).extracting(ClassificationAssignment::classification)
                    .containsExactly("PII");
            assertThat(clean.entity().owner()).isEqualTo("ana");
            assertThat(clean.entity().source()).isEqualTo("hive@cl1");
            assertThat(clean.entity().database()).isEqualTo("sales");
            assertThat(workspace.stats().classificationAssignments()).isEqualTo(2);
            assertThat(Fixtures.importFile(workspace, new AtlasImporter(), file).changedAnything()).isFalse();
        }
    }

    @Test
    void fieldsThatServersAddDoNotBreakTheImport() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(AtlasType.toJson(lineage()));
        json.put("childrenCount", 12);
        json.putObject("paging").put("offset", 0).put("limit", 100).put("total", 8);
        json.putObject("widths").put("g1", 2).put("g3", 1);
        json.putArray("parentRelations").addObject().put("parentGuid", "g0").put("childGuid", "g1");
        json.putObject("lineageOnDemandPayload").putObject("g1").put("direction", "BOTH").put("depth", 3);
        json.put("vendorExtension", "x");
        ((ObjectNode) json.get("guidEntityMap").get("g1")).put("isIncomplete", false).put("depth", 0)
                .putArray("labels").add("gold");
        ((ObjectNode) json.get("guidEntityMap").get("g3")).putArray("meanings").addObject()
                .put("termGuid", "t1").put("displayText", "Order").put("qualifiedName", "Order@Sales");
        ArrayNode relations = (ArrayNode) json.get("relations");
        ((ObjectNode) relations.get(0)).put("relationshipType", "dataset_process_inputs").put("width", 3);
        Path file = temp.resolve("purview-like.json");
        Files.writeString(file, mapper.writeValueAsString(json));

        try (Workspace workspace = Workspace.inMemory("atlas")) {
            Fixtures.importFile(workspace, new AtlasImporter(), file);

            assertThat(Counts.of(workspace)).isEqualTo(new Counts(3, 2, 2, 0, 4, 1));
            assertThat(workspace.stats().glossaryTerms()).isEqualTo(1);
            assertThat(details(workspace, CLEAN).glossaryTerms()).hasSize(1);
        }
    }

    @Test
    void relationsToEntitiesMissingFromTheMapAreSkipped() throws IOException {
        AtlasLineageInfo info = lineage();
        info.getRelations().add(new LineageRelation("g5", "elsewhere", "r9"));
        Path file = temp.resolve("partial.json");
        Files.writeString(file, AtlasType.toJson(info));

        try (Workspace workspace = Workspace.inMemory("atlas")) {
            Fixtures.importFile(workspace, new AtlasImporter(), file);

            assertThat(Counts.of(workspace)).isEqualTo(new Counts(3, 2, 2, 0, 4, 1));
        }
    }

    private static EntityDetails details(Workspace workspace, String qualifiedName) {
        return workspace.catalog().details(workspace.catalog().entityByQualifiedName(qualifiedName).orElseThrow().id())
                .orElseThrow();
    }
}
