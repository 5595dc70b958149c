package org.steward.model.lineage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a shown {@link LineageSubgraph} in a foreign format, e.g. OpenLineage events. Implementations live in
 * the connectors module; the app hands them to the views, which call them without knowing the format.
 */
public interface LineageExporter {

    /** The format's short name, e.g. {@code openlineage}. */
    String format();

    /** What the user sees in menus, e.g. "OpenLineage events". */
    default String label() {
        return format();
    }

    /** File name patterns for the save dialog. */
    default List<String> filePatterns() {
        return List.of("*.json");
    }

    void write(LineageSubgraph subgraph, Path file) throws IOException;
}
