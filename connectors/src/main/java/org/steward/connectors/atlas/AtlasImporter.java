package org.steward.connectors.atlas;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import org.steward.connectors.importing.BatchCollector;
import org.steward.connectors.importing.FormatHint;
import org.steward.connectors.importing.ImportException;
import org.steward.connectors.importing.JsonDocument;
import org.steward.connectors.importing.JsonTree;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.CatalogImporter;
import org.steward.model.ingest.ClassificationDefinitionRecord;
import org.steward.model.task.ProgressMonitor;

/**
 * Reads Apache Atlas REST v2 payloads: lineage responses ({@code AtlasLineageInfo}: {@code guidEntityMap} and
 * {@code relations}) and entity exports ({@code AtlasEntityWithExtInfo}, {@code AtlasEntitiesWithExtInfo}), and hook
 * notifications ({@link AtlasNotifications}). Fields that servers add of their own (paging counts, widths, on-demand
 * payloads…) are skipped.
 */
public final class AtlasImporter implements CatalogImporter {
    private static final Set<String> TYPEDEFS = Set.of("classificationDefs", "entityDefs", "enumDefs", "structDefs",
            "relationshipDefs", "businessMetadataDefs");
    private static final Set<String> BARE_ENTITY_FIELDS = Set.of("typeName", "guid", "attributes",
            "relationshipAttributes", "classifications", "classificationNames", "meanings", "meaningNames");

    @Override
    public String format() {
        return "atlas";
    }

    @Override
    public String label() {
        return "Apache Atlas entities or lineage";
    }

    @Override
    public java.util.List<String> filePatterns() {
        return java.util.List.of("*.json");
    }

    @Override
    public void read(Path file, Consumer<CatalogBatch> sink, ProgressMonitor monitor) {
        try {
            int first = JsonDocument.firstNonBlank(file);
            try (JsonDocument document = JsonDocument.open(file, monitor)) {
                document.next();
                AtlasPayload payload = new AtlasPayload();
                java.util.List<ClassificationDefinitionRecord> definitions = new java.util.ArrayList<>();
                if (first == '[') {
                    notifications(document, payload);
                } else {
                    object(document, payload, definitions);
                }
                if (document.next() != null) {
                    throw document.failHere("unexpected content after the Atlas payload");
                }
                BatchCollector out = new BatchCollector("atlas:" + document.fileName(), sink, Integer.MAX_VALUE);
                definitions.forEach(out::definition);
                new AtlasEntityMapper(payload, out).map();
                out.flush();
            }
        } catch (ImportException e) {
            throw FormatHint.add(e, file, format());
        }
    }

    /** A JSON array: Atlas hook notifications (or their envelopes), one at a time. */
    private static void notifications(JsonDocument document, AtlasPayload payload) {
        for (JsonToken token = document.next(); token != JsonToken.END_ARRAY; token = document.next()) {
            if (token != JsonToken.START_OBJECT) {
                throw document.failHere("expected an Atlas hook notification (an object), found "
                        + token.asString());
            }
            JsonTree notification = document.bind();
            if (!notification.has("type") && !notification.has("message")) {
                throw notification.fail("expected an Atlas hook notification (type, entities) or an envelope "
                        + "(message); an array holds nothing else Atlas exports");
            }
            AtlasNotifications.read(notification, payload);
        }
    }

    private static void object(JsonDocument document, AtlasPayload payload,
                               java.util.List<ClassificationDefinitionRecord> definitions) {
        document.expect(JsonToken.START_OBJECT, "an Atlas lineage response or entity export (an object)");
        boolean recognised = false;
        String notificationType = null;
        ObjectNode bare = JsonNodeFactory.instance.objectNode();
        JsonTree.Locator locator = null;
        for (JsonToken token = document.next(); token == JsonToken.FIELD_NAME; token = document.next()) {
            String field = document.currentName();
            document.next();
            if (field.equals("type") && document.currentToken() == JsonToken.VALUE_STRING) {
                JsonTree type = document.bind();
                notificationType = type.node().asText();
                AtlasNotifications.checkType(type, notificationType);
                recognised = true;
            } else if (field.equals("message")) {
                if (document.currentToken() != JsonToken.START_OBJECT) {
                    throw document.failHere("a compressed or split Atlas notification cannot be imported: import "
                            + "the decompressed message");
                }
                AtlasNotifications.read(document.bind(), payload);
                recognised = true;
            } else if (field.equals("entities") && notificationType != null
                    && AtlasNotifications.DELETES.contains(notificationType)) {
                document.skipValue();
            } else if (BARE_ENTITY_FIELDS.contains(field)) {
                JsonTree value = document.bind();
                bare.set(field, value.node());
                locator = value.locator();
            } else if (TYPEDEFS.contains(field)) {
                recognised |= typeDefs(document, field, definitions);
            } else {
                recognised |= member(document, field, payload);
            }
        }
        if (bare.has("typeName") && !recognised) {
            // A bare AtlasEntity, as the classification and entity REST calls take and return it.
            payload.add(AtlasObject.of(new JsonTree(bare, "$", locator)));
            recognised = true;
        }
        if (!recognised) {
            throw document.failHere("expected an Atlas lineage response (guidEntityMap, relations), entity "
                    + "export (entity, entities, referredEntities), hook notification (type, entities) or typedefs "
                    + "(classificationDefs…): found none of these");
        }
    }

    /** Typedefs: classification definitions merge into the taxonomy; other kinds of type are skipped. */
    private static boolean typeDefs(JsonDocument document, String field, java.util.List<ClassificationDefinitionRecord>
            definitions) {
        if (!field.equals("classificationDefs") || document.currentToken() == JsonToken.VALUE_NULL) {
            document.skipValue();
            return true;
        }
        document.expect(JsonToken.START_ARRAY, "an array of classification definitions");
        for (JsonToken token = document.next(); token != JsonToken.END_ARRAY; token = document.next()) {
            definitions.add(AtlasClassificationDefs.of(document.bind()));
        }
        return true;
    }

    private static boolean member(JsonDocument document, String field, AtlasPayload payload) {
        switch (field) {
            case "entity":
                document.expect(JsonToken.START_OBJECT, "an entity (an object)");
                JsonTree entity = document.bind();
                if (entity.has("typeName")) {
                    payload.add(AtlasObject.of(entity));
                } else {
                    AtlasNotifications.extInfo(entity, payload);
                }
                return true;
            case "entities":
                if (document.currentToken() == JsonToken.VALUE_NULL) {
                    return true;
                }
                if (document.currentToken() == JsonToken.START_OBJECT) {
                    AtlasNotifications.extInfo(document.bind(), payload);
                    return true;
                }
                document.expect(JsonToken.START_ARRAY, "an array of entities");
                for (JsonToken token = document.next(); token != JsonToken.END_ARRAY; token = document.next()) {
                    payload.add(AtlasObject.of(document.bind()));
                }
                return true;
            case "referredEntities":
            case "guidEntityMap":
            case "guidHeaderMap":
                if (document.currentToken() == JsonToken.VALUE_NULL) {
                    return true;
                }
                document.expect(JsonToken.START_OBJECT, "an object of entities by guid");
                for (JsonToken token = document.next(); token == JsonToken.FIELD_NAME; token = document.next()) {
                    document.next();
                    payload.add(AtlasObject.of(document.bind()));
                }
                return true;
            case "relations":
                if (document.currentToken() == JsonToken.VALUE_NULL) {
                    return true;
                }
                document.expect(JsonToken.START_ARRAY, "an array of lineage relations");
                for (JsonToken token = document.next(); token != JsonToken.END_ARRAY; token = document.next()) {
                    relation(document.bind(), payload);
                }
                return true;
            default:
                document.skipValue();
                return false;
        }
    }

    private static void relation(JsonTree relation, AtlasPayload payload) {
        if (!relation.node().isObject()) {
            throw relation.fail("expected a lineage relation (an object), found " + JsonTree.kind(relation.node()));
        }
        payload.relation(relation.requiredText("fromEntityId"), relation.requiredText("toEntityId"));
    }
}
