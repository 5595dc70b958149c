package org.steward.connectors.atlas;

import java.util.Optional;
import org.steward.connectors.importing.JsonTree;

/** A reference to another Atlas entity: by guid, or by type name and unique qualified name, or both. */
record AtlasRef(String guid, String typeName, String qualifiedName) {

    static Optional<AtlasRef> of(JsonTree ref) {
        if (!ref.isPresent()) {
            return Optional.empty();
        }
        if (!ref.node().isObject()) {
            throw ref.fail("expected an entity reference (an object), found " + JsonTree.kind(ref.node()));
        }
        String qualifiedName = ref.object("uniqueAttributes").text("qualifiedName")
                .orElse(ref.object("attributes").text("qualifiedName").orElse(null));
        String guid = ref.text("guid").orElse(null);
        if (guid == null && qualifiedName == null) {
            throw ref.fail("an entity reference needs a guid or uniqueAttributes.qualifiedName");
        }
        return Optional.of(new AtlasRef(guid, ref.text("typeName", ""), qualifiedName));
    }
}
