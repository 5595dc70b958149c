package org.steward.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.steward.connectors.atlas.AtlasConnector;
import org.steward.connectors.atlas.push.AtlasPushTargets;
import org.steward.connectors.atlas.AtlasImporter;
import org.steward.connectors.dbt.DbtImporter;
import org.steward.connectors.openlineage.OpenLineageExporter;
import org.steward.connectors.openlineage.OpenLineageImporter;
import org.steward.connectors.report.AuditCsvWriter;
import org.steward.connectors.report.AuditPdfWriter;
import org.steward.model.audit.AuditReportWriter;
import org.steward.model.ingest.CatalogImporter;
import org.steward.model.ingest.ImportFormatGuess;
import org.steward.model.lineage.LineageExporter;
import org.steward.model.platform.PlatformConnector;
import org.steward.model.platform.SecretStore;
import org.steward.model.push.PushTargetFactory;

/** The one list of file and platform connectors, for the command line and the desktop app alike. */
public final class Connectors {

    private Connectors() {
    }

    public static List<CatalogImporter> importers() {
        return List.of(new OpenLineageImporter(), new AtlasImporter(), new DbtImporter());
    }

    /** Push targets on Atlas connections, reading passwords and tokens from {@code secrets}. */
    public static PushTargetFactory pushTargets(SecretStore secrets) {
        return new AtlasPushTargets(secrets);
    }

    /** The platform connector (Apache Atlas), reading passwords and tokens from {@code secrets}. */
    public static PlatformConnector platform(SecretStore secrets) {
        return new AtlasConnector(secrets);
    }

    public static List<LineageExporter> exporters() {
        return List.of(new OpenLineageExporter());
    }

    public static List<AuditReportWriter> auditReportWriters() {
        return List.of(new AuditCsvWriter(), new AuditPdfWriter());
    }

    /** The importer for the format {@code file} is in, judged from its content; OpenLineage when it cannot tell. */
    public static CatalogImporter importerFor(Path file) {
        return importer(ImportFormatGuess.of(file).orElse("openlineage"), null);
    }

    /**
     * The importer for a format named on the command line.
     *
     * @param dbtCatalog the dbt project's catalog.json, or {@code null}
     */
    public static CatalogImporter importer(String format, Path dbtCatalog) {
        String chosen = format.toLowerCase(Locale.ROOT);
        if (dbtCatalog != null && !chosen.equals("dbt")) {
            throw new UserError("--catalog only applies to dbt imports");
        }
        if (dbtCatalog != null && !Files.isRegularFile(dbtCatalog)) {
            throw new UserError("no such file: " + dbtCatalog);
        }
        if (chosen.equals("dbt")) {
            return new DbtImporter(dbtCatalog);
        }
        return importers().stream().filter(importer -> importer.format().equals(chosen)).findFirst()
                .orElseThrow(() -> new UserError("unknown format '" + format + "': use openlineage, atlas or dbt"));
    }
}
