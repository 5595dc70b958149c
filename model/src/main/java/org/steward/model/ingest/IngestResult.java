package org.steward.model.ingest;

/** What one ingestion changed in the workspace. Re-ingesting the same batch yields all zeros but {@code unchanged}. */
public record IngestResult(int inserted, int updated, int unchanged, int lineageEdgesAdded,
                           int classificationsAdded, long millis) {

    public boolean changedAnything() {
        return inserted + updated + lineageEdgesAdded + classificationsAdded > 0;
    }
}
