package org.steward.model.lineage;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes an {@link ImpactReport}'s impacted entities as CSV (RFC 4180 quoting), one row per entity. */
public final class ImpactCsv {
    public static final String HEADER = "qualified_name,name,type,kind,distance,owner";

    private ImpactCsv() {
    }

    public static void write(ImpactReport report, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        for (ImpactReport.ImpactedEntity entity : report.impacted()) {
            out.write(String.join(",", quote(entity.node().qualifiedName()), quote(entity.node().name()),
                    entity.node().type().name().toLowerCase(Locale.ROOT),
                    entity.kind().name().toLowerCase(Locale.ROOT), Integer.toString(entity.distance()),
                    quote(entity.owner())));
            out.write("\r\n");
        }
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
