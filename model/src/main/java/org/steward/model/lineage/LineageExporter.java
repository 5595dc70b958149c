package org.steward.model.lineage;

/** TEMPORARY copy of the model engineer's exporter contract (branch lineage); the lead resolves the merge. */
public interface LineageExporter {
    String format();

    void write(LineageSubgraph subgraph, java.nio.file.Path file);
}
