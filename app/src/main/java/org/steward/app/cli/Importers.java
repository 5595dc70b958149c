package org.steward.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.steward.app.UserError;
import org.steward.connectors.atlas.AtlasImporter;
import org.steward.connectors.dbt.DbtImporter;
import org.steward.connectors.openlineage.OpenLineageImporter;
import org.steward.model.ingest.CatalogImporter;

/** The importer for a format named on the command line. */
final class Importers {

    private Importers() {
    }

    /** @param dbtCatalog the dbt project's catalog.json, or {@code null} */
    static CatalogImporter forFormat(String format, Path dbtCatalog) {
        String chosen = format.toLowerCase(Locale.ROOT);
        if (dbtCatalog != null && !chosen.equals("dbt")) {
            throw new UserError("--catalog only applies to dbt imports");
        }
        if (dbtCatalog != null && !Files.isRegularFile(dbtCatalog)) {
            throw new UserError("no such file: " + dbtCatalog);
        }
        switch (chosen) {
            case "openlineage":
                return new OpenLineageImporter();
            case "atlas":
                return new AtlasImporter();
            case "dbt":
                return new DbtImporter(dbtCatalog);
            default:
                throw new UserError("unknown format '" + format + "': use openlineage, atlas or dbt");
        }
    }
}
