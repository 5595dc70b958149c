package org.steward.model.catalog;

import java.util.List;

/** A node of the catalog tree with the number of datasets below it. */
public record CatalogTreeNode(CatalogLocation location, String label, int datasetCount, List<CatalogTreeNode> children) {

    public CatalogTreeNode {
        children = List.copyOf(children);
    }
}
