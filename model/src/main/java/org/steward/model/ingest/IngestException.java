package org.steward.model.ingest;

/** A batch could not be ingested; nothing of it was written. The message names the offending record. */
public class IngestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IngestException(String message) {
        super(message);
    }
}
