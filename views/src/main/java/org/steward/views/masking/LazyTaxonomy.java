package org.steward.views.masking;

import java.util.function.Supplier;
import org.steward.model.classification.Taxonomy;

/** The standard taxonomy, read the first time it is needed (off the UI thread) and kept. */
public final class LazyTaxonomy implements Supplier<Taxonomy> {
    private Taxonomy taxonomy;

    @Override
    public synchronized Taxonomy get() {
        if (taxonomy == null) {
            taxonomy = Taxonomy.standard();
        }
        return taxonomy;
    }
}
