package org.steward.model.lineage;

import java.util.List;
import org.steward.model.catalog.EntityType;

/**
 * A node of a lineage view: a dataset, process, dashboard or (at column level) column.
 *
 * @param parentId        for a column, its dataset; otherwise {@code null}
 * @param classifications labels on the node (for a dataset, also those of its columns), for badges
 * @param pending         the node exists only as a pending change (a process added by hand, not yet approved)
 */
public record LineageNode(
        long id,
        EntityType type,
        String subtype,
        String name,
        String qualifiedName,
        String source,
        Long parentId,
        List<String> classifications,
        boolean pending) {

    public LineageNode {
        classifications = List.copyOf(classifications);
    }
}
