package org.steward.model.demo;

import java.util.List;

/**
 * A column of a planned dataset.
 *
 * @param logicalName    the name models refer to in the blueprint, stable across layers
 * @param upstream       qualified names of the columns it is derived from (column-level lineage)
 * @param origin         the operational column whose classification it would inherit, or {@code null}
 */
record PlannedColumn(String logicalName, String name, String qualifiedName, String type, String kind,
                     List<String> values, String description, String classification, List<String> terms,
                     List<String> upstream, String origin) {

    PlannedColumn {
        values = List.copyOf(values);
        terms = List.copyOf(terms);
        upstream = List.copyOf(upstream);
    }
}
