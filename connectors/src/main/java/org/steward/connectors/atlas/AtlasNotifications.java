package org.steward.connectors.atlas;

import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.connectors.importing.JsonTree;

/**
 * Atlas hook notifications (the {@code ATLAS_HOOK} topic's {@code HookNotification} v2 messages), alone, in an
 * {@code AtlasNotificationMessage} envelope ({@code message}) or as an array of either. Creates and updates carry
 * entities ({@code AtlasEntitiesWithExtInfo} or {@code AtlasEntityWithExtInfo}) and are read like an entity export;
 * deletes name entities by id and add nothing, since an import never deletes. Version 1 messages (Referenceables)
 * and compressed or split messages are refused with the reason.
 */
final class AtlasNotifications {
    private static final Logger LOG = LoggerFactory.getLogger(AtlasNotifications.class);

    static final Set<String> CREATES_AND_UPDATES = Set.of("ENTITY_CREATE_V2", "ENTITY_FULL_UPDATE_V2",
            "ENTITY_PARTIAL_UPDATE_V2", "ENTITY_NOTIFICATION_V2");
    static final Set<String> DELETES = Set.of("ENTITY_DELETE_V2");
    private static final Set<String> VERSION_1 = Set.of("ENTITY_CREATE", "ENTITY_FULL_UPDATE",
            "ENTITY_PARTIAL_UPDATE", "ENTITY_DELETE", "TYPE_CREATE", "TYPE_UPDATE", "ENTITY_NOTIFICATION_V1");

    private AtlasNotifications() {
    }

    /** Adds what one notification or envelope creates or updates to {@code payload}. */
    static void read(JsonTree notification, AtlasPayload payload) {
        if (!notification.node().isObject()) {
            throw notification.fail("expected an Atlas hook notification (an object), found "
                    + JsonTree.kind(notification.node()));
        }
        JsonTree message = notification.get("message");
        if (message.isPresent()) {
            if (!message.node().isObject()) {
                throw message.fail("a compressed or split Atlas notification (msgCompressionKind "
                        + notification.text("msgCompressionKind", "?") + ") cannot be imported: import the "
                        + "decompressed message");
            }
            read(message, payload);
            return;
        }
        String type = notification.get("type").isPresent() ? notification.requiredText("type") : null;
        if (type == null) {
            throw notification.fail("expected an Atlas hook notification (type, entities) or an envelope "
                    + "(message): found neither");
        }
        checkType(notification.get("type"), type);
        if (DELETES.contains(type) || notification.text("operationType", "").equals("ENTITY_DELETE")) {
            LOG.warn("Skipping an Atlas {} notification: an import adds and updates, it never deletes", type);
            return;
        }
        JsonTree entities = notification.get("entities");
        if (entities.node().isArray()) {
            for (JsonTree entity : notification.array("entities")) {
                payload.add(AtlasObject.of(entity));
            }
        } else {
            extInfo(notification.object("entities"), payload);
        }
        JsonTree entity = notification.object("entity");
        if (entity.has("typeName")) {
            payload.add(AtlasObject.of(entity));
        } else {
            extInfo(entity, payload);
        }
    }

    /** Rejects version 1 and unknown notification types with what can be imported instead. */
    static void checkType(JsonTree at, String type) {
        if (VERSION_1.contains(type)) {
            throw at.fail("an Atlas version 1 notification (" + type + ") cannot be imported: only version 2 "
                    + "notifications (" + String.join(", ", new java.util.TreeSet<>(CREATES_AND_UPDATES)) + ", "
                    + "ENTITY_DELETE_V2) are read");
        }
        if (!CREATES_AND_UPDATES.contains(type) && !DELETES.contains(type)) {
            throw at.fail("unknown Atlas notification type '" + type + "'");
        }
    }

    /** An {@code AtlasEntitiesWithExtInfo} or {@code AtlasEntityWithExtInfo}: its entities and referred entities. */
    static void extInfo(JsonTree extInfo, AtlasPayload payload) {
        JsonTree entity = extInfo.object("entity");
        if (entity.isPresent()) {
            payload.add(AtlasObject.of(entity));
        }
        for (JsonTree element : extInfo.array("entities")) {
            payload.add(AtlasObject.of(element));
        }
        for (Map.Entry<String, JsonTree> referred : extInfo.object("referredEntities").members().entrySet()) {
            payload.add(AtlasObject.of(referred.getValue()));
        }
    }
}
