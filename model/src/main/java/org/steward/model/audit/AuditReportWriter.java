package org.steward.model.audit;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an audit report in one file format (CSV, PDF); implementations live in the connectors module. */
public interface AuditReportWriter {

    /** The format's name as shown to people, e.g. "PDF". */
    String format();

    /** The file name extension without the dot, e.g. "pdf". */
    String extension();

    void write(AuditReport report, OutputStream out) throws IOException;
}
