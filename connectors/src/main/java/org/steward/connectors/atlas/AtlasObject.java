package org.steward.connectors.atlas;

import java.util.ArrayList;
import java.util.List;
import org.steward.connectors.importing.JsonTree;

/** One entity or entity header of an Atlas payload, bound as a tree. */
record AtlasObject(String guid, String typeName, String qualifiedName, JsonTree tree) {

    static AtlasObject of(JsonTree tree) {
        if (!tree.node().isObject()) {
            throw tree.fail("expected an Atlas entity (an object), found " + JsonTree.kind(tree.node()));
        }
        String typeName = tree.requiredText("typeName");
        String qualifiedName = tree.object("attributes").text("qualifiedName")
                .orElse(tree.object("uniqueAttributes").text("qualifiedName").orElse(null));
        return new AtlasObject(tree.text("guid").orElse(null), typeName, qualifiedName, tree);
    }

    /**
     * The kind by type name, except that an entity with inputs or outputs is a process whatever its name says
     * (nifi_flow_path): in Atlas's model only Process types have them.
     */
    AtlasKind kind() {
        AtlasKind kind = AtlasKind.of(typeName);
        if ((kind == AtlasKind.OTHER || kind == AtlasKind.DATASET) && hasLineageEnds()) {
            return AtlasKind.PROCESS;
        }
        return kind;
    }

    private boolean hasLineageEnds() {
        for (String group : List.of("attributes", "relationshipAttributes")) {
            JsonTree members = tree.get(group);
            if (members.node().isObject() && (members.get("inputs").node().isArray()
                    || members.get("outputs").node().isArray())) {
                return true;
            }
        }
        return false;
    }

    JsonTree attributes() {
        return tree.object("attributes");
    }

    /** The references under {@code name}, looked up in attributes and relationship attributes alike. */
    List<AtlasRef> refs(String name) {
        List<AtlasRef> refs = new ArrayList<>();
        for (String group : List.of("attributes", "relationshipAttributes")) {
            JsonTree value = tree.object(group).get(name);
            if (value.node().isArray()) {
                for (JsonTree element : tree.object(group).array(name)) {
                    AtlasRef.of(element).ifPresent(refs::add);
                }
            } else if (value.isPresent()) {
                AtlasRef.of(value).ifPresent(refs::add);
            }
        }
        return refs;
    }
}
