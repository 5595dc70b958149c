package org.steward.views.shell;

/** Switches the window to another area and shows an entity there (catalog ↔ lineage). */
@FunctionalInterface
public interface AreaNavigator {

    void show(String areaId, long entityId);
}
