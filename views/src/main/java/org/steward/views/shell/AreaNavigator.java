package org.steward.views.shell;

import java.util.Set;

/** Switches the window to another area and shows an entity there (catalog ↔ lineage, policies → catalog). */
@FunctionalInterface
public interface AreaNavigator {

    /**
     * @param focus       what to bring into view in the area, e.g. the catalog's {@code owner} or
     *                    {@code classifications} section; empty for nothing in particular
     * @param highlighted other entities to highlight there (a propagation preview on the lineage graph)
     */
    void show(String areaId, long entityId, String focus, Set<Long> highlighted);

    default void show(String areaId, long entityId, String focus) {
        show(areaId, entityId, focus, Set.of());
    }

    default void show(String areaId, long entityId) {
        show(areaId, entityId, "", Set.of());
    }

    default void show(String areaId, long entityId, Set<Long> highlighted) {
        show(areaId, entityId, "", highlighted);
    }
}
