package org.steward.views.lineage;

import org.steward.model.catalog.EntityType;

/** A dataset (or dashboard) a process can read or write, as a picker lists it. */
public record DatasetChoice(long id, EntityType type, String name, String qualifiedName) {

    @Override
    public String toString() {
        return name + "  ·  " + qualifiedName;
    }
}
