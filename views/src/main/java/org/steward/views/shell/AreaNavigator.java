package org.steward.views.shell;

/** Switches the window to another area and shows an entity there (catalog ↔ lineage, policies → catalog). */
@FunctionalInterface
public interface AreaNavigator {

    /**
     * @param focus what to bring into view in the area, e.g. the catalog's {@code owner} or {@code classifications}
     *              section; empty for nothing in particular
     */
    void show(String areaId, long entityId, String focus);

    default void show(String areaId, long entityId) {
        show(areaId, entityId, "");
    }
}
