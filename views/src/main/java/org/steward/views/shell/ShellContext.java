package org.steward.views.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.steward.model.ingest.CatalogImporter;
import org.steward.model.lineage.LineageExporter;
import org.steward.model.platform.PlatformAccess;
import org.steward.model.workspace.Workspace;
import org.steward.views.changes.ReviewServices;
import org.steward.views.lineage.LineageServices;

/**
 * What the app hands the shell.
 *
 * @param workspace the workspace to show first, or {@code null} for the welcome screen
 * @param logFile   the log file named in error dialogs and in Help › Log file
 * @param version   the application version for Help › About
 * @param importers file importers offered by "Import a file…" (OpenLineage, Atlas, dbt)
 * @param exporters lineage exporters offered by the lineage view (OpenLineage JSON)
 * @param lineage   the lineage service and edits of an open workspace
 * @param review    audit report writers and actions other features add to change sets (push)
 * @param platforms Apache Atlas connections, credentials, the connector and push targets, or {@code null} where
 *                  there are none
 */
public record ShellContext(Workspace workspace, ShellPreferences preferences, String currentUser, Path logFile,
                           WorkspaceOpener opener, String version, List<CatalogImporter> importers,
                           List<LineageExporter> exporters, LineageServices lineage, ReviewServices review,
                           PlatformAccess platforms) {

    public ShellContext {
        Objects.requireNonNull(preferences);
        Objects.requireNonNull(currentUser);
        Objects.requireNonNull(logFile);
        Objects.requireNonNull(opener);
        version = version == null ? "dev" : version;
        importers = importers == null ? List.of() : List.copyOf(importers);
        exporters = exporters == null ? List.of() : List.copyOf(exporters);
        lineage = lineage == null ? LineageServices.ofWorkspace() : lineage;
        review = review == null ? ReviewServices.NONE : review;
    }

    public ShellContext(Workspace workspace, ShellPreferences preferences, String currentUser, Path logFile,
                        WorkspaceOpener opener, String version, List<CatalogImporter> importers,
                        List<LineageExporter> exporters, LineageServices lineage, ReviewServices review) {
        this(workspace, preferences, currentUser, logFile, opener, version, importers, exporters, lineage, review,
                null);
    }

    public ShellContext(Workspace workspace, ShellPreferences preferences, String currentUser, Path logFile,
                        WorkspaceOpener opener, String version, List<CatalogImporter> importers,
                        List<LineageExporter> exporters, LineageServices lineage, PlatformAccess platforms) {
        this(workspace, preferences, currentUser, logFile, opener, version, importers, exporters, lineage, null,
                platforms);
    }

    public ShellContext(Workspace workspace, ShellPreferences preferences, String currentUser, Path logFile,
                        WorkspaceOpener opener, String version, List<CatalogImporter> importers,
                        List<LineageExporter> exporters, LineageServices lineage) {
        this(workspace, preferences, currentUser, logFile, opener, version, importers, exporters, lineage, null,
                null);
    }

    public ShellContext(Workspace workspace, ShellPreferences preferences, String currentUser, Path logFile,
                        WorkspaceOpener opener, String version) {
        this(workspace, preferences, currentUser, logFile, opener, version, List.of(), List.of(), null, null, null);
    }
}
