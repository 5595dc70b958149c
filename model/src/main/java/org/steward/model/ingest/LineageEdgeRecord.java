package org.steward.model.ingest;

/**
 * A directed lineage edge: data flows from {@code fromQualifiedName} to {@code toQualifiedName}. Dataset-level
 * lineage runs dataset → process → dataset; column-level lineage runs column → column, naming the process that
 * derives it when known.
 */
public record LineageEdgeRecord(String fromQualifiedName, String toQualifiedName, String viaProcessQualifiedName) {

    public LineageEdgeRecord {
        if (fromQualifiedName == null || toQualifiedName == null) {
            throw new IllegalArgumentException("a lineage edge needs both ends");
        }
    }

    public static LineageEdgeRecord of(String from, String to) {
        return new LineageEdgeRecord(from, to, null);
    }
}
