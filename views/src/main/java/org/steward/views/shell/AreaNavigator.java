package org.steward.views.shell;

import java.util.Set;

/** Switches the window to another area and shows an entity there (catalog ↔ lineage). */
@FunctionalInterface
public interface AreaNavigator {

    void show(String areaId, long entityId);

    /** Shows an entity with other entities highlighted (a propagation preview on the lineage graph). */
    default void show(String areaId, long entityId, Set<Long> highlighted) {
        show(areaId, entityId);
    }
}
