package org.steward.views.lineage;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import java.nio.file.Files;
import org.steward.model.ingest.CatalogImporter;
import org.steward.model.ingest.ImportFormatGuess;
import org.steward.model.ingest.IngestException;
import org.steward.model.ingest.IngestResult;
import org.steward.model.catalog.Entity;
import org.steward.model.lineage.LineageSnapshot;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.lineage.ImpactReport;
import org.steward.model.lineage.LineageExporter;
import org.steward.model.lineage.LineageSubgraph;
import org.steward.views.common.Glyph;
import org.steward.views.lineage.canvas.LineageCanvas;
import org.steward.views.lineage.layout.GraphLayout;
import org.steward.model.lineage.ImpactCsv;
import org.steward.model.lineage.LineageDiff;
import org.steward.model.workspace.Workspace;
import org.steward.views.shell.WorkspaceSession;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/** The lineage view's file actions: PNG, SVG and exporter formats out; importer formats in; impact CSV. */
final class LineageFiles {
    private final LineageViewModel model;
    private final LineageCanvas canvas;
    private final TaskExecutor executor;
    private final Sources sources;

    LineageFiles(LineageViewModel model, LineageCanvas canvas, TaskExecutor executor, Sources sources) {
        this.model = model;
        this.canvas = canvas;
        this.executor = executor;
        this.sources = sources;
    }

    List<MenuItem> exportItems() {
        List<MenuItem> items = new ArrayList<>();
        items.add(item("lineage-export-png", "Current view as PNG…", () -> choose("lineage.png", "PNG image", "*.png")
                .ifPresent(this::exportPng)));
        items.add(item("lineage-export-svg", "Graph as SVG…", () -> choose("lineage.svg", "SVG image", "*.svg")
                .ifPresent(this::exportSvg)));
        for (LineageExporter exporter : sources.exporters()) {
            items.add(item("lineage-export-" + exporter.format(), "Shown subgraph as " + exporter.format() + "…",
                    () -> choose("lineage.json", exporter.format(), "*.json")
                            .ifPresent(file -> export(exporter, file))));
        }
        return items;
    }

    List<MenuItem> importItems() {
        List<MenuItem> items = new ArrayList<>();
        if (sources.session() == null) {
            return items;
        }
        for (CatalogImporter importer : sources.importers()) {
            items.add(item("lineage-import-" + importer.format(), importer.label() + "…", () -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Import " + importer.label());
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(importer.label(),
                        importer.filePatterns()));
                Optional.ofNullable(chooser.showOpenDialog(window())).map(File::toPath)
                        .ifPresent(file -> importFile(importer, file));
            }));
        }
        return items;
    }

    /**
     * "Compare two exports…" (any two files Steward imports), then per format "Compare with a file": colours the
     * graph by what differs between that file's lineage and this workspace.
     */
    List<MenuItem> compareItems() {
        List<MenuItem> items = new ArrayList<>();
        if (!sources.importers().isEmpty()) {
            items.add(item("lineage-compare-two", "Compare two exports…", this::openCompareDialog));
        }
        if (sources.session() == null) {
            return items;
        }
        for (CatalogImporter importer : sources.importers()) {
            items.add(item("lineage-compare-" + importer.format(), "Compare with " + importer.label() + "…", () -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Compare with " + importer.label());
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(importer.label(),
                        importer.filePatterns()));
                Optional.ofNullable(chooser.showOpenDialog(window())).map(File::toPath)
                        .ifPresent(file -> compareWith(importer, file));
            }));
        }
        return items;
    }

    void compareWith(CatalogImporter importer, Path file) {
        WorkspaceSession session = sources.session();
        executor.execute(BackgroundJob.visible("Comparing with " + file.getFileName(), monitor -> {
            try (Workspace compared = Workspace.inMemory("comparison")) {
                compared.ingestAll(sink -> importer.read(file, sink, monitor),
                        importer.format() + ":" + file.getFileName(), session.user(), monitor);
                LineageDiff diff = LineageDiff.between(compared.lineageSnapshot(),
                        session.workspace().lineageSnapshot());
                return DiffOverlays.of(diff, session.workspace().catalog(), file.getFileName().toString());
            }
        }, overlay -> model.diffProperty().set(overlay)));
    }

    void openCompareDialog() {
        new CompareFilesDialog(window(), new CompareFilesViewModel(sources.importers(), ImportFormatGuess::of,
                executor)).show(this::compareFiles);
    }

    /**
     * Reads both files into throw-away in-memory workspaces off the FX thread (progress in the status bar, cancel
     * there too) and shows the two as one graph coloured by their diff.
     */
    void compareFiles(CompareFilesViewModel.Request request) {
        String older = request.older().getFileName().toString();
        String newer = request.newer().getFileName().toString();
        executor.execute(BackgroundJob.visible("Comparing " + older + " with " + newer, monitor -> {
            LineageSnapshot before = snapshot(request.olderFormat(), request.older(), "older", monitor);
            LineageSnapshot after = snapshot(request.newerFormat(), request.newer(), "newer", monitor);
            monitor.progress(1, 1, "Comparing");
            return ComparisonGraph.of(before, after, older, newer);
        }, model::showComparison));
    }

    private LineageSnapshot snapshot(CatalogImporter importer, Path file, String which, ProgressMonitor monitor) {
        if (!Files.isRegularFile(file)) {
            throw new IngestException("The " + which + " export " + file + " is not a readable file.");
        }
        ProgressMonitor labelled = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
                monitor.progress(done, total, "Reading the " + which + " export " + file.getFileName() + ": "
                        + message);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
        String user = sources.session() == null ? "steward" : sources.session().user();
        try (Workspace memory = Workspace.inMemory("comparison")) {
            memory.ingestAll(sink -> importer.read(file, sink, labelled), importer.format() + ":" + file.getFileName(),
                    user, labelled);
            return memory.lineageSnapshot();
        }
    }

    void exportPng(Path file) {
        WritableImage image = canvas.snapshotView();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        executor.execute(BackgroundJob.visible("Writing " + file.getFileName(), monitor -> {
            PngEncoder.write(pixels, width, height, file);
            return file;
        }, done -> { }));
    }

    void exportSvg(Path file) {
        GraphLayout layout = model.layoutProperty().get();
        executor.execute(BackgroundJob.visible("Writing " + file.getFileName(), monitor -> {
            SvgExport.write(layout, file);
            return file;
        }, done -> { }));
    }

    void exportImpactCsv() {
        ImpactReport report = model.impactProperty().get();
        if (report == null) {
            return;
        }
        choose("impact.csv", "CSV", "*.csv").ifPresent(file -> executor.execute(BackgroundJob.visible(
                "Writing " + file.getFileName(), monitor -> {
                    try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(file,
                            java.nio.charset.StandardCharsets.UTF_8)) {
                        ImpactCsv.write(report, out);
                    }
                    return file;
                }, done -> { })));
    }

    private void export(LineageExporter exporter, Path file) {
        LineageSubgraph shown = model.shownProperty().get();
        if (shown == null) {
            return;
        }
        executor.execute(BackgroundJob.visible("Exporting " + exporter.format(), monitor -> {
            exporter.write(shown, file);
            return file;
        }, done -> { }));
    }

    private void importFile(CatalogImporter importer, Path file) {
        WorkspaceSession session = sources.session();
        executor.execute(BackgroundJob.visible("Importing " + file.getFileName(), monitor -> {
            ImportFocus focus = new ImportFocus();
            IngestResult result = session.workspace().ingestAll(sink -> importer.read(file, batch -> {
                focus.watch(batch);
                sink.accept(batch);
            }, monitor), importer.format() + ":" + file.getFileName(), session.user(), monitor);
            Long focusId = focus.busiest()
                    .flatMap(name -> session.workspace().catalog().entityByQualifiedName(name))
                    .map(Entity::id).orElse(null);
            return new ImportOutcome(file.getFileName().toString(), result, focusId);
        }, outcome -> {
            model.noticeProperty().set(outcome.summary());
            if (outcome.focusId() != null) {
                model.open(outcome.focusId());
            } else {
                model.reload();
            }
        }));
    }

    /** What an import from the lineage toolbar did, and the imported dataset to open. */
    record ImportOutcome(String fileName, IngestResult result, Long focusId) {
        String summary() {
            String changes = result.changedAnything()
                    ? String.format("%,d new, %,d updated, %,d unchanged entities; %,d lineage edges added",
                    result.inserted(), result.updated(), result.unchanged(), result.lineageEdgesAdded())
                    : String.format("nothing new (%,d entities already as in the file)", result.unchanged());
            String opened = focusId == null ? "" : "; showing its busiest dataset";
            return "Imported " + fileName + ": " + changes + opened + ".";
        }
    }

    private Optional<Path> choose(String name, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return Optional.ofNullable(chooser.showSaveDialog(window())).map(File::toPath);
    }

    private Window window() {
        return canvas.getScene() == null ? null : canvas.getScene().getWindow();
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text, Glyph.EXPORT.icon());
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    /** What the file actions work with; {@code session} may be null in tests (no import then). */
    record Sources(List<LineageExporter> exporters, List<CatalogImporter> importers, WorkspaceSession session) {
        Sources {
            exporters = List.copyOf(exporters);
            importers = List.copyOf(importers);
        }
    }
}
