package org.steward.connectors.atlas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything bound from one Atlas file: entities (from {@code entity}, {@code entities}, {@code referredEntities},
 * {@code guidEntityMap} or {@code guidHeaderMap}) and lineage relations. Entities are indexed by guid so that
 * references by guid resolve to qualified names.
 */
final class AtlasPayload {
    private final Map<String, AtlasObject> byGuid = new LinkedHashMap<>();
    private final List<AtlasObject> objects = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final Map<String, AtlasObject> byQualifiedName = new LinkedHashMap<>();

    record Relation(String fromGuid, String toGuid) {
    }

    void add(AtlasObject object) {
        if (object.guid() != null) {
            AtlasObject earlier = byGuid.putIfAbsent(object.guid(), object);
            if (earlier != null) {
                return;
            }
        }
        objects.add(object);
        if (object.qualifiedName() != null && object.kind().entityType() != null) {
            byQualifiedName.putIfAbsent(object.qualifiedName(), object);
        }
    }

    /**
     * Knows an entity only to resolve references by guid (a pull's referred entities, a lineage response's entity
     * headers): it is not mapped, so its sparse attributes never overwrite what the catalog has.
     */
    void refer(AtlasObject object) {
        if (object.guid() != null) {
            byGuid.putIfAbsent(object.guid(), object);
        }
    }

    /** The catalog entity (dataset, column or process) the payload defines under this name, or {@code null}. */
    AtlasObject defined(String qualifiedName) {
        return byQualifiedName.get(qualifiedName);
    }

    void relation(String fromGuid, String toGuid) {
        relations.add(new Relation(fromGuid, toGuid));
    }

    List<AtlasObject> objects() {
        return objects;
    }

    List<Relation> relations() {
        return relations;
    }

    AtlasObject byGuid(String guid) {
        return guid == null ? null : byGuid.get(guid);
    }

    /** The qualified name a reference points to, or {@code null} if neither it nor the payload says. */
    String qualifiedName(AtlasRef ref) {
        if (ref.qualifiedName() != null) {
            return ref.qualifiedName();
        }
        AtlasObject target = byGuid(ref.guid());
        return target == null ? null : target.qualifiedName();
    }

    String typeName(AtlasRef ref) {
        AtlasObject target = byGuid(ref.guid());
        return target != null ? target.typeName() : ref.typeName();
    }

    boolean isEmpty() {
        return objects.isEmpty() && relations.isEmpty();
    }
}
