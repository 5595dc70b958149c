package org.steward.model.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes an audit report in one file format (CSV, PDF); implementations live in the connectors module. */
public interface AuditReportWriter {

    /** The format's name as shown to people, e.g. "PDF". */
    String format();

    /** The file name extension without the dot, e.g. "pdf". */
    String extension();

    void write(AuditReport report, OutputStream out) throws IOException;

    /** Writes the report to {@code file} through a sibling ".partial" file, so a failed write leaves no half file. */
    default void write(AuditReport report, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            write(report, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
