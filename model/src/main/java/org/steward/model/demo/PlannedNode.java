package org.steward.model.demo;

import java.util.List;
import org.steward.model.catalog.EntityType;

/**
 * A dataset or dashboard of one market, planned before any random detail is drawn.
 *
 * @param inputs     qualified names of the upstream datasets
 * @param process    the job producing it, {@code null} for operational sources
 * @param upstream   for derived lake and staging datasets, the name of the dataset it copies
 */
record PlannedNode(DemoLayer layer, EntityType type, String subtype, String qualifiedName, String name,
                   String source, String database, String schema, String team, List<String> descriptions,
                   String upstream, String entityLabel, String format, long rows, List<String> classes,
                   List<String> terms, List<PlannedColumn> columns, List<String> inputs, PlannedProcess process,
                   int viewers) {

    PlannedNode {
        descriptions = List.copyOf(descriptions);
        classes = List.copyOf(classes);
        terms = List.copyOf(terms);
        columns = List.copyOf(columns);
        inputs = List.copyOf(inputs);
    }

    int cost() {
        return 1 + columns.size() + (process == null ? 0 : 1);
    }

    PlannedColumn column(String logicalName) {
        for (PlannedColumn c : columns) {
            if (c.logicalName().equals(logicalName)) {
                return c;
            }
        }
        return null;
    }
}
