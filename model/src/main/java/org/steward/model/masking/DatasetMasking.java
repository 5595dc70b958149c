package org.steward.model.masking;

import java.util.Locale;
import org.steward.model.catalog.CatalogReader;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.catalog.EntityType;
import org.steward.model.classification.Taxonomy;

/** A dataset's masking plan from the workspace: its columns and labels, the taxonomy and the users' rules. */
public final class DatasetMasking {
    private final CatalogReader catalog;
    private final MaskingStore store;
    private final Taxonomy taxonomy;

    public DatasetMasking(CatalogReader catalog, MaskingStore store, Taxonomy taxonomy) {
        this.catalog = catalog;
        this.store = store;
        this.taxonomy = taxonomy;
    }

    /** The plan for the dataset with this qualified name; throws with a message naming what is wrong. */
    public MaskingPlan plan(String qualifiedName) {
        Entity entity = catalog.entityByQualifiedName(qualifiedName).orElseThrow(() ->
                new IllegalArgumentException("there is no entity '" + qualifiedName + "' in this workspace"));
        if (entity.type() != EntityType.DATASET) {
            throw new IllegalArgumentException(qualifiedName + " is a " + entity.type().label().toLowerCase(Locale.ROOT)
                    + ", not a dataset; masking works on a dataset's columns");
        }
        EntityDetails details = catalog.details(entity.id()).orElseThrow(() ->
                new IllegalArgumentException("there is no entity '" + qualifiedName + "' in this workspace"));
        return plan(details);
    }

    /** The plan for details already loaded (e.g. with pending changes overlaid). */
    public MaskingPlan plan(EntityDetails details) {
        MaskingPlan plan = new MaskingPlanner(taxonomy, store.overrides()).plan(details);
        if (plan.columns().isEmpty()) {
            throw new IllegalArgumentException(details.entity().qualifiedName()
                    + " has no columns in the catalog, so there is nothing to mask");
        }
        return plan;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }
}
