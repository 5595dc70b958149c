package org.steward.model.push;

import java.util.Map;
import org.steward.model.change.Change;

/** One change to send, with every entity it refers to (by local id). */
public record PushItem(long changeId, Change change, Map<Long, EntityRef> entities) {

    public PushItem {
        entities = Map.copyOf(entities);
    }

    public EntityRef entity(long id) {
        EntityRef ref = entities.get(id);
        if (ref == null) {
            throw new IllegalArgumentException("change " + changeId + " refers to entity " + id
                    + ", which is not in the workspace");
        }
        return ref;
    }
}
