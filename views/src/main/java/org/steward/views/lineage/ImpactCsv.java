package org.steward.views.lineage;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.steward.model.lineage.ImpactReport;

/** Writes an impact report's impacted entities as CSV (RFC 4180 quoting), one row per entity. */
public final class ImpactCsv {

    private ImpactCsv() {
    }

    public static void write(ImpactReport report, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("qualified_name,name,kind,distance,owner,source\r\n");
            for (ImpactReport.ImpactedEntity entity : report.impacted()) {
                out.write(String.join(",", quote(entity.node().qualifiedName()), quote(entity.node().name()),
                        entity.kind().name(), Integer.toString(entity.distance()), quote(entity.owner()),
                        quote(entity.node().source())));
                out.write("\r\n");
            }
        }
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
