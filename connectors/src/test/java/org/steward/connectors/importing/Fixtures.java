package org.steward.connectors.importing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.steward.model.ingest.CatalogImporter;
import java.util.List;
import org.steward.model.catalog.CatalogStats;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.CatalogImporter;
import org.steward.model.ingest.IngestResult;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;

/** Test helpers: fixture paths, importing files into a workspace, and stats as a compact comparable record. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path path(String relative) {
        URL url = Fixtures.class.getResource("/fixtures/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file of {@code src/test/resources/unseen}: real files the importers were not written against. */
    public static Path unseen(String relative) {
        URL url = Fixtures.class.getResource("/unseen/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no unseen file " + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static IngestResult importFiles(Workspace workspace, CatalogImporter importer, List<Path> files) {
        return workspace.ingestAll(sink -> files.forEach(file -> importer.read(file, sink, ProgressMonitor.NONE)),
                importer.format() + ":" + files, "tester", ProgressMonitor.NONE);
    }

    public static IngestResult importFile(Workspace workspace, CatalogImporter importer, Path file) {
        return importFiles(workspace, importer, List.of(file));
    }

    /** Datasets, columns, processes, dashboards, dataset-level and column-level edges. */
    public record Counts(long datasets, long columns, long processes, long dashboards, long datasetEdges,
                         long columnEdges) {

        public static Counts of(CatalogStats stats) {
            return new Counts(stats.count(EntityType.DATASET), stats.count(EntityType.COLUMN),
                    stats.count(EntityType.PROCESS), stats.count(EntityType.DASHBOARD), stats.datasetLineageEdges(),
                    stats.columnLineageEdges());
        }

        public static Counts of(Workspace workspace) {
            return of(workspace.stats());
        }
    }
}
