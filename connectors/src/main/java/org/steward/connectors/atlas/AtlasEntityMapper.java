package org.steward.connectors.atlas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.connectors.importing.BatchCollector;
import org.steward.connectors.importing.JsonTree;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.ClassificationRecord;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.GlossaryTermRecord;
import org.steward.model.ingest.OwnerRecord;

/**
 * Maps a bound {@link AtlasPayload} to catalog records: datasets, columns and processes with owners, glossary
 * terms and classifications; process inputs/outputs and lineage relations as dataset edges; column-lineage
 * processes as column edges via their process. Entities that are only referred to become bare entities.
 */
final class AtlasEntityMapper {
    private static final Logger LOG = LoggerFactory.getLogger(AtlasEntityMapper.class);

    private static final List<String> KEPT_ATTRIBUTES = List.of("tableType", "queryText", "userName", "clusterName",
            "uri", "topic", "operationType");

    private final AtlasPayload payload;
    private final BatchCollector out;

    AtlasEntityMapper(AtlasPayload payload, BatchCollector out) {
        this.payload = payload;
        this.out = out;
    }

    void map() {
        for (AtlasObject object : payload.objects()) {
            if (object.kind().entityType() != null) {
                entity(object);
            }
        }
        for (AtlasObject object : payload.objects()) {
            if (object.kind() == AtlasKind.PROCESS) {
                processEdges(object);
            } else if (object.kind() == AtlasKind.COLUMN_LINEAGE) {
                columnLineage(object);
            }
        }
        new AtlasRelationMapper(payload, out, this).map();
    }

    private void entity(AtlasObject object) {
        if (object.qualifiedName() == null) {
            throw object.tree().fail("an Atlas " + object.typeName() + " needs attributes.qualifiedName");
        }
        JsonTree attributes = object.attributes();
        EntityType type = object.kind().entityType();
        AtlasNames.Location location = AtlasNames.location(object.typeName(), object.qualifiedName());
        EntityRecord.Builder builder = EntityRecord.builder(type, object.qualifiedName()).subtype(object.typeName())
                .name(attributes.scalar("name").orElse(location.name()))
                .location(location.source(), location.database(), location.schema())
                .description(attributes.scalar("description").orElse(attributes.scalar("comment").orElse("")))
                .attributes(extraAttributes(object));
        attributes.scalar("owner").filter(owner -> !owner.isBlank()).ifPresent(owner -> {
            out.owner(new OwnerRecord(owner, owner, "", ""));
            builder.owner(owner);
        });
        if (type == EntityType.COLUMN) {
            builder.parent(columnParent(object))
                    .dataType(attributes.scalar("type").orElse(attributes.scalar("dataType").orElse("")));
            attributes.scalar("position").ifPresent(position -> builder.position(parsePosition(position)));
        }
        builder.glossaryTerms(meanings(object));
        out.entity(builder.build());
        classifications(object);
    }

    private static Map<String, String> extraAttributes(AtlasObject object) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (object.guid() != null && !object.guid().startsWith("-")) {
            attributes.put("atlas.guid", object.guid());
        }
        JsonTree source = object.attributes();
        for (String key : KEPT_ATTRIBUTES) {
            JsonTree value = source.get(key);
            if (value.isPresent() && !value.node().isContainerNode()) {
                attributes.put(key, value.node().asText());
            }
        }
        return attributes;
    }

    private static int parsePosition(String text) {
        try {
            return Integer.parseInt(text) + 1;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String columnParent(AtlasObject column) {
        for (AtlasRef ref : column.refs("table")) {
            String parent = payload.qualifiedName(ref);
            if (parent != null) {
                ensure(parent, payload.typeName(ref), AtlasKind.DATASET);
                return parent;
            }
        }
        String parent = AtlasNames.columnParent(column.typeName(), column.qualifiedName());
        if (parent == null) {
            throw column.tree().fail("cannot tell which dataset column " + column.qualifiedName() + " belongs to");
        }
        ensure(parent, column.typeName().replace("_column", "_table"), AtlasKind.DATASET);
        return parent;
    }

    private List<String> meanings(AtlasObject object) {
        List<String> terms = new ArrayList<>();
        List<JsonTree> meanings = new ArrayList<>(object.tree().array("meanings"));
        meanings.addAll(object.tree().object("relationshipAttributes").array("meanings"));
        for (JsonTree meaning : meanings) {
            String name = meaning.text("displayText").orElse(meaning.text("qualifiedName").orElse(null));
            if (name == null) {
                continue;
            }
            String qualifiedName = meaning.text("qualifiedName").orElse(name);
            out.term(new GlossaryTermRecord(qualifiedName, name, ""));
            terms.add(qualifiedName);
        }
        for (JsonTree name : object.tree().array("meaningNames")) {
            if (name.node().isTextual() && !terms.contains(name.node().asText())) {
                out.term(new GlossaryTermRecord(name.node().asText(), name.node().asText(), ""));
                terms.add(name.node().asText());
            }
        }
        return terms;
    }

    private void classifications(AtlasObject object) {
        List<JsonTree> classifications = object.tree().array("classifications");
        for (JsonTree classification : classifications) {
            String name = classification.requiredText("typeName");
            String origin = classification.text("entityGuid").orElse(object.guid());
            boolean propagate = !classification.get("propagate").isPresent()
                    || classification.get("propagate").node().asBoolean();
            if (origin == null || origin.equals(object.guid())) {
                AtlasValidity validity = AtlasValidity.of(classification.array("validityPeriods"));
                out.classification(new ClassificationRecord(object.qualifiedName(), name, null, propagate,
                        validity.from(), validity.to(), attributeValues(classification.get("attributes"))));
            } else {
                AtlasObject source = payload.byGuid(origin);
                String originName = source != null && source.kind().entityType() != null ? source.qualifiedName()
                        : null;
                out.classification(new ClassificationRecord(object.qualifiedName(), name, originName, propagate));
            }
        }
        if (classifications.isEmpty()) {
            for (JsonTree name : object.tree().array("classificationNames")) {
                if (name.node().isTextual()) {
                    out.classification(ClassificationRecord.direct(object.qualifiedName(), name.node().asText()));
                }
            }
        }
    }

    /** A classification's attribute values as text: strings as they are, anything else as its JSON; nulls left out. */
    private static Map<String, String> attributeValues(JsonTree attributes) {
        Map<String, String> values = new LinkedHashMap<>();
        attributes.members().forEach((name, value) -> {
            if (!value.node().isNull()) {
                values.put(name, value.node().isTextual() ? value.node().asText() : value.node().toString());
            }
        });
        return values;
    }

    private void processEdges(AtlasObject process) {
        for (AtlasRef input : process.refs("inputs")) {
            String from = endpoint(input, AtlasKind.DATASET);
            if (from != null) {
                out.edge(from, process.qualifiedName(), null);
            }
        }
        for (AtlasRef output : process.refs("outputs")) {
            String to = endpoint(output, AtlasKind.DATASET);
            if (to != null) {
                out.edge(process.qualifiedName(), to, null);
            }
        }
    }

    private void columnLineage(AtlasObject lineage) {
        String via = viaProcess(lineage);
        for (AtlasRef output : lineage.refs("outputs")) {
            String to = endpoint(output, AtlasKind.COLUMN);
            for (AtlasRef input : lineage.refs("inputs")) {
                String from = endpoint(input, AtlasKind.COLUMN);
                if (from != null && to != null) {
                    out.edge(from, to, via);
                }
            }
        }
    }

    /** The process a column-lineage entity belongs to, if the payload defines it. */
    String viaProcess(AtlasObject lineage) {
        for (AtlasRef query : lineage.refs("query")) {
            AtlasObject process = payload.byGuid(query.guid());
            String name = process != null ? process.qualifiedName() : query.qualifiedName();
            if (name != null && definesProcess(name)) {
                return name;
            }
        }
        String name = lineage.qualifiedName();
        int colon = name == null ? -1 : name.lastIndexOf(':');
        return colon > 0 && definesProcess(name.substring(0, colon)) ? name.substring(0, colon) : null;
    }

    private boolean definesProcess(String qualifiedName) {
        AtlasObject defined = payload.defined(qualifiedName);
        return defined != null && defined.kind() == AtlasKind.PROCESS;
    }

    /** The qualified name of a lineage end, making sure the catalog has it; {@code null} if unresolvable. */
    String endpoint(AtlasRef ref, AtlasKind expected) {
        String qualifiedName = payload.qualifiedName(ref);
        if (qualifiedName == null) {
            LOG.warn("Skipping a lineage end that names guid {} which the payload does not define", ref.guid());
            return null;
        }
        return ensure(qualifiedName, payload.typeName(ref), expected) ? qualifiedName : null;
    }

    /** Adds a bare entity for something only referred to; false if it cannot be placed (a column without table). */
    boolean ensure(String qualifiedName, String typeName, AtlasKind expected) {
        if (payload.defined(qualifiedName) != null) {
            return true;
        }
        AtlasKind kind = AtlasKind.of(typeName);
        if (kind.entityType() == null) {
            kind = expected;
        }
        AtlasNames.Location location = AtlasNames.location(typeName, qualifiedName);
        EntityRecord.Builder stub = EntityRecord.builder(kind.entityType(), qualifiedName).subtype(typeName)
                .name(location.name()).location(location.source(), location.database(), location.schema());
        if (kind == AtlasKind.COLUMN) {
            String parent = AtlasNames.columnParent(typeName, qualifiedName);
            if (parent == null) {
                LOG.warn("Skipping column {}: cannot tell which dataset it belongs to", qualifiedName);
                return false;
            }
            ensure(parent, typeName == null ? "" : typeName.replace("_column", "_table"), AtlasKind.DATASET);
            stub.parent(parent);
        }
        out.reference(stub.build());
        return true;
    }
}
